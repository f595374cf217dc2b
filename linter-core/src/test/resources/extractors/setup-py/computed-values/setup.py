import os
import sys

from setuptools import setup

VERSION = "1.4.0"
DJANGO = os.environ.get("DJANGO_VERSION", "4.2")

# Requirements kept in module-level variables are not read: only literals in the call count.
install_requires = [
    "requests>=2.28",
    "mysqlclient",
]
EXTRAS = {"redis": ["redis>=4"]}
settings = {"install_requires": ["pymongo"]}


def requirements_from(path, install_requires=["cx_Oracle"]):
    with open(path) as handle:
        return [line.strip() for line in handle if line.strip() and not line.startswith("#")]


if sys.version_info < (3, 8):
    sys.exit("Python 3.8+ is required")

setup_kwargs = dict(
    install_requires=install_requires + ["gunicorn>=21"] + requirements_from("extra.txt"),
    extras_require=EXTRAS,
)

setup(
    name="acme-api",
    version=VERSION,
    python_requires=">=" + "3.8",
    install_requires=[
        f"Django>={DJANGO}",
        "celery" "[redis]",
        "pillow==%s" % "10.2.0",
        "uvicorn",
    ],
    tests_require=requirements_from("requirements-test.txt"),
    setup_requires=["pytest-runner"] if "test" in sys.argv else [],
    **setup_kwargs
)
