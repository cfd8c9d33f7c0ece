__version__ = "0.2.0"

# The detectors register themselves when their modules are imported; importing the package imports them all, so
# `make_detector` knows every detector while the `detectors` module knows nothing of them. (Widgets are not imported.)
from . import detectors, discriminator, synthetic, anogan, fanogan, ganomaly, bigan, ensemble
