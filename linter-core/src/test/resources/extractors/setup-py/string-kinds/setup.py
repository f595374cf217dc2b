# -*- coding: utf-8 -*-
from setuptools import setup

setup(
    name='acme-cli',
    install_requires=(
        'click>=8.0',
        u"colorama; platform_system == 'Windows'",
        r'rich>=13',
        """tomli>=2.0; python_version < "3.11\"""",
        '''attrs''',
        "httpx\x3e=0.27",
        b"six",
        "  typer [all] >= 0.9  ",
        # "mysqlclient",
        "pyyaml # the config loader",
    ),
    extras_require=dict(
        aws=['boto3', "botocore>=1.34"],
        gcp="google-cloud-storage",
        **{"all": ["boto3"]}
    ),
    setup_requires='''
        cython>=3.0
        # numpy
        wheel
    ''',
    python_requires = '>= 3.9 , < 4',
)
