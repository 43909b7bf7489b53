# Fails when a file under models/ includes a QtWidgets or QtCharts header (docs/architecture.md §1).
file(GLOB_RECURSE sources "${SOURCE_DIR}/models/*.h" "${SOURCE_DIR}/models/*.cpp")
set(offenders "")
set(checked 0)
foreach(f IN LISTS sources)
    math(EXPR checked "${checked} + 1")
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line IN LISTS lines)
        if(line MATCHES "QtWidgets|QtCharts|<QWidget|<QMainWindow|<QDialog|<QApplication|<QChart|<QAbstractButton|<QLabel|<QStyle")
            list(APPEND offenders "${f}: ${line}")
        endif()
    endforeach()
endforeach()
if(checked EQUAL 0)
    message(FATAL_ERROR "tst_layers: no sources found under ${SOURCE_DIR}/models")
endif()
if(offenders)
    list(JOIN offenders "\n  " text)
    message(FATAL_ERROR "models/ must not include widget or chart headers:\n  ${text}")
endif()
message(STATUS "tst_layers: ${checked} files under models/ are free of widget and chart headers")

# Only SQLite opens a database file (issue 14): closing any descriptor of a file drops every
# POSIX lock the process holds on it, and another process then deletes the write-ahead log. No
# code outside SQLite may open, create, copy, rename or remove the file a database URL names (or
# its -wal, -shm and -journal files): checks use stat() and access().
file(GLOB_RECURSE product "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/models/*.h"
     "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/views/*.cpp" "${SOURCE_DIR}/views/*.h")
set(openers "")
set(opener "(QFile|QSaveFile|QTemporaryFile|fstream|fopen|[^a-zA-Z_:.]open|QFile::remove|QFile::rename|QFile::copy|QFile::resize)([ \t]+[a-zA-Z_]+)?[ \t]*\\([^;]*(url\\.path|url\\(\\)\\.path|m_url\\.path)")
foreach(f IN LISTS product)
    file(STRINGS "${f}" lines REGEX "${opener}")
    foreach(line IN LISTS lines)
        string(APPEND openers "\n  ${f}: ${line}")
    endforeach()
endforeach()
# The one place that sees a SQLite file before SQLite does constructs no file object at all.
file(STRINGS "${SOURCE_DIR}/models/store/connection.cpp" probes
     REGEX "QFile[ \t]+[a-zA-Z_]+[ \t]*[({;]|QFile[ \t]*\\(|std::[io]?fstream|fopen|[ \t(!=]:?:?open[ \t]*\\(")
foreach(line IN LISTS probes)
    string(APPEND openers "\n  models/store/connection.cpp: ${line}")
endforeach()
if(openers)
    message(FATAL_ERROR "only SQLite may open a database file (use stat() or access() to look at it):${openers}")
endif()
message(STATUS "tst_layers: no code outside SQLite opens a database file")
