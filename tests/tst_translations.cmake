# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translation is unfinished or missing: lupdate scans the sources into temporary
# copies of dueline_ru.ts and dueline_zh_CN.ts (a source string that is not in a .ts file comes
# out unfinished), and dueline_en.ts must carry the English plural forms of every %n string.
# Inputs: LUPDATE, SOURCE_DIR, WORK_DIR.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failures "")

foreach(lang ru zh_CN)
    set(copy "${WORK_DIR}/dueline_${lang}.ts")
    file(COPY_FILE "${SOURCE_DIR}/translations/dueline_${lang}.ts" "${copy}")
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -extensions cpp,h
                -I "${SOURCE_DIR}"
                "${SOURCE_DIR}/app" "${SOURCE_DIR}/models" "${SOURCE_DIR}/views" -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${lang}: ${out}${err}")
    endif()
    # Strings lupdate skipped without a word (a '/' in a call's arguments ends its parse).
    if(lang STREQUAL "ru")
        execute_process(COMMAND python3 "${CMAKE_CURRENT_LIST_DIR}/tst_translation_sources.py"
                                "${SOURCE_DIR}" "${copy}"
                        RESULT_VARIABLE skipped_rc OUTPUT_VARIABLE skipped_out)
        if(NOT skipped_rc EQUAL 0)
            list(APPEND failures "${skipped_out}")
        endif()
    endif()
    file(READ "${copy}" ts)
    string(REPLACE ";" "" ts "${ts}") # entities (&lt;) would split the CMake list below
    # Each <message> … </message> with an unfinished translation, reported by its source text.
    string(REGEX MATCHALL "<message[^>]*>[^<]*(<[^/][^<]*|</[^m][^<]*)*</message>" messages "${ts}")
    set(count 0)
    foreach(m IN LISTS messages)
        if(m MATCHES "type=\"unfinished\"")
            math(EXPR count "${count} + 1")
            string(REGEX MATCH "<source>([^<]*)</source>" _ "${m}")
            if(count LESS_EQUAL 15)
                list(APPEND failures "${lang}: not translated: ${CMAKE_MATCH_1}")
            endif()
        endif()
    endforeach()
    if(count GREATER 15)
        list(APPEND failures "${lang}: … ${count} unfinished in all")
    endif()
    if(ts MATCHES "<message>[ \t\r\n]*<source>[^<]*</source>[ \t\r\n]*</message>")
        list(APPEND failures "${lang}: a message without a translation element")
    endif()
endforeach()

file(READ "${SOURCE_DIR}/translations/dueline_en.ts" en)
# CMake lists are ";"-separated: drop the semicolons of entities (&lt;) before counting matches.
string(REPLACE ";" "" en "${en}")
string(REGEX MATCHALL "<message numerus=\"yes\">" numerus "${en}")
string(REGEX MATCHALL "<numerusform>[^<]+</numerusform>[ \t\r\n]*<numerusform>[^<]+</numerusform>" forms "${en}")
list(LENGTH numerus n)
list(LENGTH forms f)
if(NOT n EQUAL f)
    list(APPEND failures "en: ${n} plural messages but ${f} with both English forms")
endif()

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "translations are incomplete (run the update_translations target and translate):\n  ${text}")
endif()
message(STATUS "translations complete: ru, zh_CN and the English plural forms")
