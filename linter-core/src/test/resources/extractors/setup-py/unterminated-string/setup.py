from setuptools import setup

setup(
    name="broken",
    install_requires=["requests>=2.31", "flask],
)
