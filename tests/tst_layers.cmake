# SPDX-License-Identifier: GPL-3.0-or-later
# The layering rules of docs/architecture.md §1. Inputs: SOURCE_DIR (the repository), WORK_DIR (a
# scratch folder for the checkers' own test).
#
# 1. Every quoted #include under app/, models/ and views/ starts with a prefix that
#    tests/layers.txt allows for the file's folder: the layers point down, a feature of views/
#    uses common and the models but never another feature.
# 2. Nothing under models/ includes a QtWidgets or QtCharts header.
# 3. No code outside SQLite opens a database file.
# The checkers of 1 and 2 first run over a temporary tree with known violations and must find
# each of them.
set(table_file "${CMAKE_CURRENT_LIST_DIR}/layers.txt")

# The rows of tests/layers.txt: sets <prefix>_folders (longest first) and, for each folder F,
# <prefix>_allowed_F.
function(read_layer_table prefix)
    file(STRINGS "${table_file}" rows REGEX "^[^#]")
    set(folders "")
    foreach(row IN LISTS rows)
        string(REGEX REPLACE "[ \t]+" ";" fields "${row}")
        list(POP_FRONT fields folder)
        if(NOT fields)
            message(FATAL_ERROR "tst_layers: ${table_file}: no prefixes for ${folder}")
        endif()
        list(APPEND folders "${folder}")
        set(${prefix}_allowed_${folder} "${fields}" PARENT_SCOPE)
    endforeach()
    # Longest first, so that the first folder containing a file is its row.
    list(SORT folders ORDER DESCENDING)
    set(${prefix}_folders "${folders}" PARENT_SCOPE)
endfunction()

# check_includes(<root> <out-var> <out-count>): the includes under <root>/{app,models,views}
# that tests/layers.txt refuses, and the files without a row.
function(check_includes root out count)
    read_layer_table(layers)
    file(GLOB_RECURSE sources "${root}/app/*.cpp" "${root}/app/*.h" "${root}/models/*.cpp"
         "${root}/models/*.h" "${root}/views/*.cpp" "${root}/views/*.h")
    set(offenders "")
    set(checked 0)
    foreach(f IN LISTS sources)
        math(EXPR checked "${checked} + 1")
        file(RELATIVE_PATH rel "${root}" "${f}")
        set(row "")
        foreach(folder IN LISTS layers_folders)
            string(FIND "${rel}" "${folder}/" at)
            if(at EQUAL 0)
                set(row "${folder}")
                break()
            endif()
        endforeach()
        if(NOT row)
            list(APPEND offenders "${rel}: its folder has no line in tests/layers.txt")
            continue()
        endif()
        file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
        foreach(line IN LISTS lines)
            string(REGEX MATCH "\"([^\"]*)\"" _ "${line}")
            set(header "${CMAKE_MATCH_1}")
            set(allowed FALSE)
            foreach(prefix IN LISTS layers_allowed_${row})
                string(FIND "${header}" "${prefix}" at)
                if(at EQUAL 0)
                    set(allowed TRUE)
                    break()
                endif()
            endforeach()
            if(NOT allowed)
                list(JOIN layers_allowed_${row} " " text)
                list(APPEND offenders "${rel}: includes \"${header}\" (${row} may include ${text})")
            endif()
        endforeach()
    endforeach()
    set(${out} "${offenders}" PARENT_SCOPE)
    set(${count} ${checked} PARENT_SCOPE)
endfunction()

# check_models_qt(<root> <out-var> <out-count>): the widget and chart headers included under
# <root>/models.
function(check_models_qt root out count)
    file(GLOB_RECURSE sources "${root}/models/*.h" "${root}/models/*.cpp")
    set(offenders "")
    set(checked 0)
    foreach(f IN LISTS sources)
        math(EXPR checked "${checked} + 1")
        file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        foreach(line IN LISTS lines)
            if(line MATCHES "QtWidgets|QtCharts|<QWidget|<QMainWindow|<QDialog|<QApplication|<QChart|<QAbstractButton|<QLabel|<QStyle")
                file(RELATIVE_PATH rel "${root}" "${f}")
                list(APPEND offenders "${rel}: ${line}")
            endif()
        endforeach()
    endforeach()
    set(${out} "${offenders}" PARENT_SCOPE)
    set(${count} ${checked} PARENT_SCOPE)
endfunction()

# The checkers' own test: a tree with one file per kind of violation, and files that keep the
# rules. Each violation must be found, and nothing else.
set(trial "${WORK_DIR}/tree")
file(REMOVE_RECURSE "${trial}")
file(WRITE "${trial}/views/plans/crossfeature.cpp"
     "#include \"views/plans/plansworkspace.h\"\n#include \"views/queue/queueworkspace.h\"\n")
file(WRITE "${trial}/views/common/usesmodels.h" "#pragma once\n#include \"models/item/queuemodel.h\"\n")
file(WRITE "${trial}/models/sla/upwards.h" "#pragma once\n  #  include \"models/store/ticket.h\"\n")
file(WRITE "${trial}/models/item/widget.cpp" "#include \"models/item/queuemodel.h\"\n#include <QWidget>\n")
file(WRITE "${trial}/views/unlisted/stray.cpp" "#include \"views/common/icons.h\"\n")
file(WRITE "${trial}/views/queue/fine.cpp"
     "#include \"views/queue/queueworkspace.h\"\n#include \"views/common/icons.h\"\n#include \"models/item/queuemodel.h\"\n#include <QWidget>\n")
file(WRITE "${trial}/views/shell/fine.cpp"
     "#include \"views/plans/plansworkspace.h\"\n#include \"views/queue/queueworkspace.h\"\n")
check_includes("${trial}" found checked)
set(expected
    "models/sla/upwards.h: includes \"models/store/ticket.h\""
    "views/common/usesmodels.h: includes \"models/item/queuemodel.h\""
    "views/plans/crossfeature.cpp: includes \"views/queue/queueworkspace.h\""
    "views/unlisted/stray.cpp: its folder has no line")
list(LENGTH found foundCount)
list(LENGTH expected expectedCount)
set(missed "")
foreach(e IN LISTS expected)
    string(FIND "${found}" "${e}" at)
    if(at EQUAL -1)
        list(APPEND missed "${e}")
    endif()
endforeach()
if(missed OR NOT foundCount EQUAL expectedCount)
    list(JOIN missed "\n  " missedText)
    list(JOIN found "\n  " foundText)
    message(FATAL_ERROR "tst_layers: the include checker is wrong on its test tree ${trial}\n"
                        "missed:\n  ${missedText}\nfound:\n  ${foundText}")
endif()
check_models_qt("${trial}" found checked)
if(NOT found MATCHES "^models/item/widget.cpp: #include <QWidget>$")
    message(FATAL_ERROR "tst_layers: the widget-header checker is wrong on ${trial}: ${found}")
endif()
file(REMOVE_RECURSE "${trial}")
message(STATUS "tst_layers: the checkers find the ${expectedCount} include violations and the widget header of their test tree")

# must_hold(<checker> <where> <rule> <kept>): runs <checker> over the repository; fails naming
# <rule> and the offenders, else says that the files under <where> <kept>.
function(must_hold checker where rule kept)
    cmake_language(CALL ${checker} "${SOURCE_DIR}" offenders checked)
    if(checked EQUAL 0)
        message(FATAL_ERROR "tst_layers: no sources found under ${SOURCE_DIR}: ${where}")
    endif()
    if(offenders)
        list(JOIN offenders "\n  " text)
        message(FATAL_ERROR "${rule}:\n  ${text}")
    endif()
    message(STATUS "tst_layers: the ${checked} files under ${where} ${kept}")
endfunction()

# 1. The include table.
must_hold(check_includes "app/, models/ and views/" "includes that tests/layers.txt does not allow"
          "include only what tests/layers.txt allows")
# 2. No widget or chart header under models/.
must_hold(check_models_qt "models/" "models/ must not include widget or chart headers"
          "are free of widget and chart headers")

# 3. Only SQLite opens a database file (issue 14): closing any descriptor of a file drops every
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
