"""Question answering over Chinese government work reports (政府工作报告).

Nothing heavy is imported here: models and indexes load lazily on first use.
"""

__version__ = "0.1.0"
