a + b * 2
