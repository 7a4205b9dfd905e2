"""second-opinion: a private, offline guide to getting a medical second opinion."""

__version__ = "0.1.0"
