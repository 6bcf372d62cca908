"""ucupdates: keep a fleet of IP desk phones on the right firmware."""

__version__ = "0.1.0"
