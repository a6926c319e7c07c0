"""D-Bus values whose type PySide cannot say on its own.

Inside a variant (the values of MPRIS's ``Metadata``) PySide sends a Python int as int32
whenever it fits, and int64 only past 2**31; its ``QDBusArgument << int`` writes a uint16.
MPRIS wants int64 for ``mpris:length`` whatever the value, and playerctl refuses anything
else. Qt itself has ``QDBusArgument::operator<<(qlonglong)``, which the binding leaves out:
:func:`int64` calls it through ctypes, in the QtDBus library already loaded. A
``QDBusArgument`` put in a dict (a ``QVariantMap``) goes out as a variant of the type it holds.
"""

from __future__ import annotations

import ctypes
import functools
import logging
import os
from collections.abc import Callable

import shiboken6
from PySide6.QtDBus import QDBusArgument

log = logging.getLogger(__name__)

#: The QtDBus library PySide loaded (RTLD_NOLOAD: that one, never a second copy).
QT_DBUS_LIBRARY = "libQt6DBus.so.6"
#: ``QDBusArgument::operator<<(qlonglong)``, as the Itanium C++ ABI names it.
APPEND_INT64 = "_ZN13QDBusArgumentlsEx"


@functools.cache
def _qt_append_int64() -> Callable[[int, int], object] | None:
    try:
        library = ctypes.CDLL(QT_DBUS_LIBRARY, mode=os.RTLD_NOLOAD | os.RTLD_NOW)
        function = library[APPEND_INT64]
    except (OSError, AttributeError) as error:
        log.info("MPRIS lengths go as int32 when small: %s", error)
        return None
    function.restype = ctypes.c_void_p
    function.argtypes = [ctypes.c_void_p, ctypes.c_longlong]
    return function


def int64(value: int) -> QDBusArgument | int:
    """``value`` typed int64 on the bus (a plain int, typed by its size, if Qt's
    function cannot be reached)."""
    append = _qt_append_int64()
    if append is None:
        return value
    argument = QDBusArgument()
    address = shiboken6.getCppPointer(argument)[0]
    append(address, value)
    return argument
