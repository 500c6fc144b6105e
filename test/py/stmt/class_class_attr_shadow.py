class Config:
    debug = False
    level = 1
    def enable(self):
        self.debug = True
    @property
    def info(self):
        return f"debug={self.debug} level={self.level}"
c1, c2 = Config(), Config()
c1.enable()
print(c1.info, "|", c2.info)
Config.level = 5
print(c1.info, "|", c2.info)
print(sorted(vars(c1)), sorted(vars(c2)))
