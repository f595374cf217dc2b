#!/usr/bin/env python
# Python 2 era packaging; kept working for old deployments.
try:
    from setuptools import setup
except ImportError:
    from distutils.core import setup

setup(name='legacy-etl',
      version='0.4',
      py_modules=['etl'],
      requires=['MySQLdb'],
      install_requires=['MySQL-python>=1.2.5',
                        'pytz',
                        'simplejson (>=3.0)'],
      dependency_links=['https://example.com/archive/etl-helpers-0.1.tar.gz#egg=etl-helpers-0.1'],
      extras_require = {
          'excel': ['xlrd<2.0'],
          'pdf': 'reportlab'},
      )
