# Warning flags and Qt strictness live on INTERFACE targets that each project target links,
# so third-party code and generated moc files are not affected by add_definitions().
set(_inferscope_common_warnings -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    $<$<BOOL:${INFERSCOPE_WERROR}>:-Werror>)

add_library(inferscope_warnings INTERFACE)
target_compile_options(inferscope_warnings INTERFACE ${_inferscope_common_warnings}
    -Wconversion -Wno-sign-conversion)

# Tests mix counts and doubles freely; -Wconversion there is noise, not protection.
add_library(inferscope_test_warnings INTERFACE)
target_compile_options(inferscope_test_warnings INTERFACE ${_inferscope_common_warnings})

# qcustomplot.h itself uses `signals` and `foreach`, so code that includes it (widgets/) gets the
# strict set without QT_NO_KEYWORDS and QT_NO_FOREACH; everything else gets all of it.
add_library(inferscope_qt_strict_with_qcp INTERFACE)
target_compile_definitions(inferscope_qt_strict_with_qcp INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING QT_STRICT_ITERATORS
    QT_USE_QSTRINGBUILDER QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
add_library(inferscope_qt_strict INTERFACE)
target_link_libraries(inferscope_qt_strict INTERFACE inferscope_qt_strict_with_qcp)
target_compile_definitions(inferscope_qt_strict INTERFACE QT_NO_FOREACH QT_NO_KEYWORDS)
