// Probe: a file of core/storage that reaches for a window header. Must not compile.
#include "ui/mainwindow.h"
