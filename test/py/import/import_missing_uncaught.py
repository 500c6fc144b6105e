print("about to import")
import mod_no_such_module
