"""Imported by the multiprocess executor's forkserver (``preload_modules: ["govpipeline.preload"]``): the
definitions are loaded there once, and every step process forked from the server starts with them."""
import pandas  # noqa: F401  duckdb imports pandas and pyarrow the first time a process binds a query parameter or
import pyarrow.dataset  # noqa: F401  scans a frame (0.8 s); imported here once instead of in every step

from govpipeline.definitions import preload

preload()
