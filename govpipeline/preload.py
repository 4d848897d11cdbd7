"""Imported by the multiprocess executor's forkserver (``preload_modules: ["govpipeline.preload"]``): the
definitions are loaded there once, and every step process forked from the server starts with them."""
from govpipeline.definitions import preload

preload()
