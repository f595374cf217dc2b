#!/usr/bin/env python
"""Packaging for acme-inventory.

Install with ``pip install acme-inventory[postgres]``; the old install_requires=["mysqlclient"]
was dropped in 2.0.
"""
import io
import os

from setuptools import find_packages, setup

here = os.path.abspath(os.path.dirname(__file__))

with io.open(os.path.join(here, "README.rst"), encoding="utf-8") as f:
    long_description = f.read()

setup(
    name="acme-inventory",
    version="2.3.1",
    description="Stock levels for the warehouse, backed by PostgreSQL or MySQL",
    long_description=long_description,
    packages=find_packages(exclude=["tests", "tests.*"]),
    python_requires=">=3.8",
    install_requires=[
        "Flask>=2.3,<3",
        "SQLAlchemy>=1.4",
        # "mysqlclient>=2.1",
        'marshmallow',
        "python-dateutil>=2.8.2; python_version < '3.9'",  # backport
    ],
    extras_require={
        "postgres": ["psycopg2-binary>=2.9"],
        "dev": [
            "black==23.12.1",
            "flake8",
        ],
    },
    tests_require=["pytest>=7.0", "pytest-flask"],
    setup_requires=["setuptools_scm"],
    entry_points={"console_scripts": ["acme-inventory=acme_inventory.cli:main"]},
    classifiers=[
        "Programming Language :: Python :: 3",
        "Framework :: Flask",
    ],
)
