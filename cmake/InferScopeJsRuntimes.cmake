# The JS runtimes come from the project's npm lockfile (scripts/setup.sh installs them into node_modules/).
# Their versions are read at configure time so the About dialog and `--version` report what is really installed.
function(inferscope_js_version package out_var)
    set(manifest "${CMAKE_SOURCE_DIR}/node_modules/${package}/package.json")
    if(EXISTS "${manifest}")
        file(READ "${manifest}" json)
        string(JSON version ERROR_VARIABLE err GET "${json}" version)
        if(err)
            set(version "")
        endif()
    else()
        set(version "")
    endif()
    set(${out_var} "${version}" PARENT_SCOPE)
endfunction()

inferscope_js_version(onnxruntime-web INFERSCOPE_ORT_WEB_VERSION)
inferscope_js_version(onnxruntime-node INFERSCOPE_ORT_NODE_VERSION)
inferscope_js_version(@tensorflow/tfjs INFERSCOPE_TFJS_VERSION)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    "${CMAKE_SOURCE_DIR}/package-lock.json")
