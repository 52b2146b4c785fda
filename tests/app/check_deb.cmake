# Builds the .deb with CPack, checks what it holds, unpacks it and runs the packaged binary.
# Run by ctest (label "installer"); needs BUILD_DIR.
set(work "${BUILD_DIR}/deb-check")
file(REMOVE_RECURSE "${work}")
file(MAKE_DIRECTORY "${work}")
execute_process(COMMAND cpack -G DEB -B "${work}/out" WORKING_DIRECTORY "${BUILD_DIR}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${out}\n${err}")
endif()
file(GLOB debs "${work}/out/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb --field ${debs} Package Version Depends OUTPUT_VARIABLE fields RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT fields MATCHES "Package: inferscope" OR NOT fields MATCHES "libqt6widgets6")
    message(FATAL_ERROR "unexpected control fields:\n${fields}")
endif()
execute_process(COMMAND dpkg-deb -x ${debs} "${work}/root" RESULT_VARIABLE rc)
foreach(path
        usr/bin/inferscope
        usr/share/applications/io.github.inferscope.InferScope.desktop
        usr/share/metainfo/io.github.inferscope.InferScope.metainfo.xml
        usr/share/icons/hicolor/scalable/apps/io.github.inferscope.InferScope.svg
        usr/share/inferscope/models/catalog.json
        usr/share/inferscope/resources/native/ort_native.mjs)
    if(NOT EXISTS "${work}/root/${path}")
        message(FATAL_ERROR "the package lacks ${path}")
    endif()
endforeach()
execute_process(COMMAND desktop-file-validate "${work}/root/usr/share/applications/io.github.inferscope.InferScope.desktop"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "desktop entry invalid:\n${out}${err}")
endif()
execute_process(COMMAND appstreamcli validate --no-net --pedantic "${work}/root/usr/share/metainfo/io.github.inferscope.InferScope.metainfo.xml"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "AppStream metadata invalid:\n${out}${err}")
endif()
execute_process(COMMAND "${work}/root/usr/bin/inferscope" --version RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "InferScope: [0-9]+\\.[0-9]+\\.[0-9]+")
    message(FATAL_ERROR "packaged inferscope --version failed (${rc}):\n${out}${err}")
endif()
message(STATUS "package ${debs} ok:\n${out}")
