"""ucupdates: keep a fleet of IP desk phones on the right firmware."""

from __future__ import annotations


def _version() -> str:
    """The one version number, declared in pyproject.toml.

    Installed: the package metadata. Frozen: the ``VERSION`` file the spec
    writes into the bundle. Run from a checkout without installing: read
    pyproject.toml itself.
    """
    from app import resources_path

    if resources_path.frozen():
        stamped = resources_path.root() / "VERSION"
        if stamped.is_file():
            return stamped.read_text(encoding="utf-8").strip()
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ucupdates")
    except PackageNotFoundError:
        pass
    import tomllib

    try:
        with open(resources_path.root() / "pyproject.toml", "rb") as source:
            return tomllib.load(source)["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0+unknown"


__version__ = _version()
