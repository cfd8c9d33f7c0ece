__version__ = "0.2.0"

# Importing the package registers every detector: `detectors/__init__.py` imports each module of the subpackage
# (widgets are not imported).
from . import detectors
