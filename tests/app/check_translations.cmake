cmake_minimum_required(VERSION 3.20)
# The translation check (ctest translations.*): every message of TS translated, or with NUMERUS_ONLY (English,
# whose source text serves every other string) every plural (%n) message.
file(READ "${TS}" ts)
string(REGEX MATCHALL "<message[^>]*>" messages "${ts}")
list(LENGTH messages count)
if(count LESS 50)
    message(FATAL_ERROR "${TS} holds only ${count} messages: run the update_translations target")
endif()
if(NUMERUS_ONLY)
    set(pattern "<message numerus=\"yes\">[^<]*<source>[^<]*</source>[^<]*(<[a-z]+>[^<]*</[a-z]+>[^<]*)*<translation type=\"unfinished\"")
else()
    set(pattern "<source>[^<]*</source>[^<]*(<[a-z]+>[^<]*</[a-z]+>[^<]*)*<translation type=\"unfinished\"")
endif()
string(REGEX MATCHALL "${pattern}" left "${ts}")
list(LENGTH left leftCount)
if(leftCount GREATER 0 OR (NOT NUMERUS_ONLY AND (ts MATCHES "<translation></translation>" OR ts MATCHES "<translation/>")))
    # Name the first strings left, so whoever added them sees which.
    list(SUBLIST left 0 5 shown)
    message(FATAL_ERROR "${TS} has ${leftCount} untranslated strings (translate them in Qt Linguist, or fill them with "
                        "translations/apply_translations.py), e.g.: ${shown}")
endif()
message(STATUS "${count} messages, all translated")
