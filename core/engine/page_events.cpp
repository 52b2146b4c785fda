#include "core/engine/page_events.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace inferscope::engine {
namespace {
QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("missing");
    }
    return QStringLiteral("a value");
}

int depthOf(const QJsonValue &v, int limit)
{
    if (limit < 0)
        return 1;
    int deepest = 0;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            deepest = std::max(deepest, depthOf(it.value(), limit - 1));
        return deepest + 1;
    }
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            deepest = std::max(deepest, depthOf(e, limit - 1));
        return deepest + 1;
    }
    return 0;
}

enum class Want { Number, NumberOrNull, String, Object };

struct Field {
    const char *name;
    Want want;
    bool required;
};

// The fields each event type's handler reads (PageRecord::apply), with their types. Others pass
// through into the record only where the handler stores the whole event (phase details, outputs).
const QHash<QString, QList<Field>> &eventFields()
{
    static const QHash<QString, QList<Field>> fields{
        {QStringLiteral("sample"),
         {{"ms", Want::Number, true},
          {"t", Want::Number, false},
          {"run_ms", Want::Number, false},
          {"phase", Want::String, false}}},
        {QStringLiteral("phase"),
         {{"name", Want::String, true}, {"ms", Want::Number, true}, {"bytes", Want::NumberOrNull, false}}},
        {QStringLiteral("env"), {{"env", Want::Object, true}}},
        {QStringLiteral("outputs"), {}},
        {QStringLiteral("probe"), {}},
        {QStringLiteral("input"),
         {{"x", Want::Number, true},
          {"y", Want::Number, true},
          {"t", Want::Number, false},
          {"delay_ms", Want::Number, true},
          {"wall_ms", Want::Number, false},
          {"phase", Want::Number, false}}},
        {QStringLiteral("heap"),
         {{"t", Want::Number, false}, {"used", Want::Number, true}, {"total", Want::Number, true}}},
        {QStringLiteral("workload"),
         {{"t", Want::Number, false},
          {"ms", Want::Number, true},
          {"work_ms", Want::Number, true},
          {"phase", Want::Number, false}}},
        {QStringLiteral("frame"),
         {{"t", Want::Number, false}, {"ms", Want::Number, true}, {"phase", Want::Number, false}}},
        {QStringLiteral("video"),
         {{"t", Want::Number, false},
          {"presented", Want::Number, true},
          {"dropped", Want::Number, false},
          {"total", Want::Number, false},
          {"phase", Want::Number, false}}},
        {QStringLiteral("video_clip"),
         {{"reason", Want::String, false},
          {"mime", Want::String, false},
          {"bytes", Want::Number, false},
          {"frames", Want::Number, false},
          {"record_ms", Want::Number, false},
          {"ideal_fps", Want::Number, false}}},
        {QStringLiteral("done"), {}},
        {QStringLiteral("capabilities"),
         {{"capabilities", Want::Object, true}}}, // the capability probe page (CapabilityProbe)
        {QStringLiteral("profile"), {{"ops", Want::Object, true}, {"runs", Want::Number, true}}},
        {QStringLiteral("realtime"), {{"realtime", Want::Object, true}}},
        {QStringLiteral("generation"), {{"generation", Want::Object, true}}},
        {QStringLiteral("error"),
         {{"stage", Want::String, true}, {"message", Want::String, true}, {"stack", Want::String, false}}},
        {QStringLiteral("unsupported"),
         {{"stage", Want::String, true}, {"message", Want::String, true}, {"stack", Want::String, false}}},
    };
    return fields;
}

QString checkEvent(const QJsonValue &value)
{
    if (!value.isObject())
        return QStringLiteral("is %1, not an event object").arg(typeName(value));
    const QJsonObject e = value.toObject();
    const QJsonValue type = e.value(QStringLiteral("type"));
    if (!type.isString())
        return QStringLiteral("\"type\" must be a string, not %1").arg(typeName(type));
    const auto fields = eventFields().find(type.toString());
    if (fields == eventFields().end())
        return QStringLiteral("unknown event type \"%1\"").arg(type.toString().left(40));
    for (const char *common : {"t", "seq"}) // every harness event carries its page time and sequence number
        if (e.contains(QLatin1String(common)) &&
            !(e.value(QLatin1String(common)).isDouble() && std::isfinite(e.value(QLatin1String(common)).toDouble())))
            return QStringLiteral("\"%1\" must be a finite number, not %2")
                .arg(QLatin1String(common), typeName(e.value(QLatin1String(common))));
    for (const Field &f : *fields) {
        const QJsonValue v = e.value(QLatin1String(f.name));
        if (v.isUndefined()) {
            if (f.required)
                return QStringLiteral("\"%1\" is missing").arg(QLatin1String(f.name));
            continue;
        }
        const bool ok = f.want == Want::String         ? v.isString()
                        : f.want == Want::Object       ? v.isObject()
                        : f.want == Want::NumberOrNull ? v.isNull() || (v.isDouble() && std::isfinite(v.toDouble()))
                                                       : v.isDouble() && std::isfinite(v.toDouble());
        if (!ok)
            return QStringLiteral("\"%1\" must be %2, not %3")
                .arg(QLatin1String(f.name),
                     f.want == Want::String   ? QStringLiteral("a string")
                     : f.want == Want::Object ? QStringLiteral("an object")
                                              : QStringLiteral("a finite number"),
                     typeName(v));
    }
    if (type.toString() == QLatin1String("phase")) {
        // The name becomes a metadata key ("<name>_ms"): a short identifier, never one of the record's own keys.
        static const QRegularExpression identifier(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
        if (!identifier.match(e.value(QStringLiteral("name")).toString()).hasMatch())
            return QStringLiteral("\"name\" must be a short lower-case identifier");
    }
    if (depthOf(value, kMaxEventDepth + 1) > kMaxEventDepth)
        return QStringLiteral("is nested deeper than %1 levels").arg(kMaxEventDepth);
    return {};
}
} // namespace

QString checkPageMessage(const QJsonObject &message)
{
    const QJsonValue run = message.value(QStringLiteral("run"));
    if (!run.isString() || run.toString().size() > 200)
        return QStringLiteral("\"run\" must be the run id (a string)");
    const QJsonValue batch = message.value(QStringLiteral("batch"));
    if (!batch.isArray())
        return QStringLiteral("\"batch\" must be an array of events, not %1").arg(typeName(batch));
    const QJsonArray events = batch.toArray();
    if (events.size() > kMaxEventsPerBatch)
        return QStringLiteral("a batch holds at most %1 events, not %2").arg(kMaxEventsPerBatch).arg(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString problem = checkEvent(events.at(i));
        if (!problem.isEmpty()) {
            const QString type = events.at(i).toObject().value(QStringLiteral("type")).toString().left(40);
            return QStringLiteral("batch[%1]%2: %3")
                .arg(i)
                .arg(type.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(type), problem);
        }
    }
    return {};
}

} // namespace inferscope::engine
