"""SLA Workshop: guided Marketing–Sales service level agreement workshops, offline."""

__version__ = "0.1.0"
APP_NAME = "SLA Workshop"
APP_ID = "slaworkshop"
