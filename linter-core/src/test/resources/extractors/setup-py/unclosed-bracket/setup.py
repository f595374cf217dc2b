from setuptools import setup

setup(
    name="half-written",
    install_requires=[
        "requests",
    ],
