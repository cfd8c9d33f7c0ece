"The detectors: `base` (the API and the registry), `baselines`, `gan` (the GAN machinery), and one module per family."
# Written by hand, not exported from a notebook: importing this package imports every module in it, so that each
# detector registers itself (see `base`), and gives the API's names. A new module here needs no line anywhere else.
import importlib as _importlib, pkgutil as _pkgutil
from .base import *
for _m in _pkgutil.iter_modules(__path__): _importlib.import_module(f'{__name__}.{_m.name}')
