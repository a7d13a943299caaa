from __future__ import annotations
import threading
import os.path
import os.path as osp
from time import sleep, monotonic as mono
from collections import *
