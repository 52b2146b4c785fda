#pragma once
// Small ONNX graphs the tests make for themselves with Debian's python3-onnx (never model files in the repository).

#include <QProcess>
#include <QString>
#include <QStringList>

namespace inferscope::tests {

/// A recurrent cell in one Add: y = x + state, stateN = y, so after k inferences from zeros y = k * x.
/// `width` is x's, y's and stateN's second dimension (a number, or a quoted name such as 'n' for an open one);
/// `stateShape` is state's shape ([1, 1] broadcasts on the first inference but cannot take stateN back).
inline bool writeAccumulatorOnnx(const QString &path, const QString &width = QStringLiteral("4"),
                                 const QString &stateShape = {})
{
    const QString script =
        QStringLiteral("import onnx, sys\nfrom onnx import helper, TensorProto\n"
                       "w = %1\nv = lambda name, shape: helper.make_tensor_value_info(name, TensorProto.FLOAT, shape)\n"
                       "nodes = [helper.make_node('Add', ['x', 'state'], ['y']), helper.make_node('Identity', ['y'], "
                       "['stateN'])]\n"
                       "g = helper.make_graph(nodes, 'acc', [v('x', [1, w]), v('state', %2)], [v('y', [1, w]), "
                       "v('stateN', [1, w])])\n"
                       "onnx.save(helper.make_model(g, opset_imports=[helper.make_opsetid('', 13)]), sys.argv[1])\n")
            .arg(width, stateShape.isEmpty() ? QStringLiteral("[1, w]") : stateShape);
    return QProcess::execute(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path}) == 0;
}

} // namespace inferscope::tests
