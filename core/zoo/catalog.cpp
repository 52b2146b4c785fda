#include "core/zoo/catalog.h"

#include <algorithm>
#include <set>

namespace inferscope::zoo {
namespace {
using nlohmann::json;

const std::set<std::string> kFormats{"onnx", "tfjs", "tfjs-layers"}; // tfjs: a graph model; tfjs-layers: Keras-style
const std::set<std::string> kDtypes{"float32", "int32", "int64", "uint8"};
const std::set<std::string> kGenerators{"uniform", "imagenet", "int", "constant"};
const std::set<std::string> kSources{"torchvision", "npm", "quantized", "user"};
const std::set<std::string> kQuantizationSchemes{"dynamic-uint8", "qdq-int8"};

/// Reads fields of one JSON object and names the field in every error.
class Fields {
public:
    Fields(const json &object, std::string where) : m_object(object), m_where(std::move(where))
    {
        if (!object.is_object())
            fail("", "must be an object");
    }

    [[noreturn]] void fail(const std::string &field, const std::string &what) const
    {
        throw CatalogError(m_where + (field.empty() ? "" : "." + field) + ": " + what);
    }
    std::string where(const std::string &field) const { return m_where + "." + field; }

    const json *find(const std::string &field) const
    {
        const auto it = m_object.find(field);
        return it == m_object.end() ? nullptr : &*it;
    }
    std::string string(const std::string &field, bool required = true) const
    {
        const json *v = find(field);
        if (!v) {
            if (required)
                fail(field, "is missing");
            return {};
        }
        if (!v->is_string())
            fail(field, "must be a string");
        if (required && v->get<std::string>().empty())
            fail(field, "must not be empty");
        return v->get<std::string>();
    }
    std::string oneOf(const std::string &field, const std::set<std::string> &allowed) const
    {
        const std::string v = string(field);
        if (!allowed.contains(v)) {
            std::string list;
            for (const auto &a : allowed)
                list += (list.empty() ? "" : ", ") + a;
            fail(field, "is \"" + v + "\", expected one of " + list);
        }
        return v;
    }
    double number(const std::string &field, double fallback) const
    {
        const json *v = find(field);
        if (!v)
            return fallback;
        if (!v->is_number())
            fail(field, "must be a number");
        return v->get<double>();
    }
    std::uint64_t count(const std::string &field, bool required) const
    {
        const json *v = find(field);
        if (!v) {
            if (required)
                fail(field, "is missing");
            return 0;
        }
        if (!v->is_number_unsigned() && !(v->is_number_integer() && v->get<std::int64_t>() >= 0))
            fail(field, "must be a non-negative integer");
        return v->get<std::uint64_t>();
    }
    bool boolean(const std::string &field) const
    {
        const json *v = find(field);
        if (!v)
            return false;
        if (!v->is_boolean())
            fail(field, "must be true or false");
        return v->get<bool>();
    }
    const json &array(const std::string &field, bool mayBeEmpty = false) const
    {
        const json *v = find(field);
        if (!v)
            fail(field, "is missing");
        if (!v->is_array() || (v->empty() && !mayBeEmpty))
            fail(field, "must be a non-empty array");
        return *v;
    }

private:
    const json &m_object;
    std::string m_where;
};

ModelEntry parseEntry(const json &j, const std::string &where)
{
    Fields f(j, where);
    ModelEntry e;
    e.id = f.string("id");
    if (!isValidModelId(e.id))
        f.fail("id", "\"" + e.id + "\" is not a valid id (lower-case letters, digits and '-', at most 64)");
    e.name = f.string("name");
    e.task = f.string("task");
    e.format = f.oneOf("format", kFormats);
    e.inDefaultSet = f.boolean("default");
    e.preprocessing = f.string("preprocessing", false);
    e.parameters = f.count("parameters", false);
    e.licence = f.string("licence");
    e.notes = f.string("notes", false);

    const json &files = f.array("files");
    for (std::size_t i = 0; i < files.size(); ++i) {
        Fields ff(files[i], f.where("files[" + std::to_string(i) + "]"));
        ModelFile file;
        file.path = ff.string("path");
        if (file.path.find("..") != std::string::npos || file.path.front() == '/')
            ff.fail("path", "must stay inside the model's directory");
        file.sha256 = ff.string("sha256");
        if (!isSha256Hex(file.sha256))
            ff.fail("sha256", "must be 64 lower-case hex digits");
        file.bytes = ff.count("bytes", true);
        file.from = ff.string("from", false);
        e.files.push_back(file);
    }
    const json &inputs = f.array("inputs");
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        Fields fi(inputs[i], f.where("inputs[" + std::to_string(i) + "]"));
        InputSpec in;
        in.name = fi.string("name");
        in.dtype = fi.oneOf("dtype", kDtypes);
        in.layout = fi.string("layout", false);
        const json &shape = fi.array("shape", true); // [] is a scalar (a configuration input such as a sample rate)
        // A zero dimension is an empty tensor: a decoder's key/value cache before the first token (layout kv-cache).
        const bool mayBeEmpty = in.layout == "kv-cache";
        for (const auto &d : shape) {
            if (!d.is_number_integer() || d.get<std::int64_t>() < (mayBeEmpty ? 0 : 1))
                fi.fail("shape",
                        mayBeEmpty
                            ? "every dimension must be a non-negative integer"
                            : "every dimension must be a positive integer (fix dynamic ones when adding the model)");
            in.shape.push_back(d.get<std::int64_t>());
        }
        if (const json *g = fi.find("generator")) {
            Fields fg(*g, fi.where("generator"));
            in.generator = fg.oneOf("kind", kGenerators);
            in.low = fg.number("low", 0);
            in.high = fg.number("high", 1);
            if (in.generator == "constant") { // a configuration input: the value the application feeds, every time
                if (!fg.find("value"))
                    fg.fail("value", "is missing (a constant input needs its value)");
                in.value = fg.number("value", 0);
            } else if (!(in.low < in.high))
                fg.fail("high", "must be greater than low");
        } else {
            in.generator = "uniform";
        }
        in.stateFrom = fi.string("state_from", false);
        e.inputs.push_back(in);
    }
    const json &outputs = f.array("outputs");
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        Fields fo(outputs[i], f.where("outputs[" + std::to_string(i) + "]"));
        OutputSpec out{fo.string("name"), fo.string("meaning", false)};
        out.orderDependent = fo.boolean("order_dependent");
        if (const json *d = fo.find("detections")) {
            Fields fd(*d, fo.where("detections"));
            out.detectionRow = static_cast<int>(fd.number("row", 0));
            out.detectionScore = static_cast<int>(fd.number("score", 0));
            if (out.detectionRow < 5 || out.detectionRow > 64 || out.detectionScore < 4 ||
                out.detectionScore >= out.detectionRow)
                fd.fail("row", "a detection row holds the box's four corners and a score after them (5-64 values; "
                               "score index 4 or more)");
        }
        e.outputs.push_back(out);
    }
    for (std::size_t i = 0; i < e.inputs.size(); ++i) {
        const std::string &from = e.inputs[i].stateFrom;
        if (!from.empty() &&
            std::none_of(e.outputs.begin(), e.outputs.end(), [&](const OutputSpec &o) { return o.name == from; }))
            Fields(inputs[i], f.where("inputs[" + std::to_string(i) + "]"))
                .fail("state_from", "names \"" + from + "\", which is not one of the model's outputs");
    }
    const json *source = f.find("source");
    if (!source)
        f.fail("source", "is missing");
    Fields fs(*source, f.where("source"));
    e.source.kind = fs.oneOf("kind", kSources);
    if (e.source.kind == "torchvision") {
        e.source.script = fs.string("script");
        e.source.arch = fs.string("arch");
        e.source.seed = static_cast<int>(fs.number("seed", 1));
    } else if (e.source.kind == "quantized") { // built from another zoo model by models/build/quantize_onnx.py
        e.source.script = fs.string("script");
        e.source.base = fs.string("from");
        e.source.scheme = fs.oneOf("scheme", kQuantizationSchemes);
        if (e.format != "onnx")
            f.fail("format", "a quantized model is an ONNX model");
    } else if (e.source.kind == "npm") {
        e.source.package = fs.string("package");
        e.source.version = fs.string("version");
        for (const auto &file : e.files)
            if (file.from.empty())
                f.fail("files", "npm sources need \"from\" (the path inside the package) for every file");
    } else {
        e.source.original = fs.string("original", false);
    }
    e.entryFile(); // throws if the format's entry file is missing
    return e;
}
} // namespace

std::uint64_t ModelEntry::totalBytes() const
{
    std::uint64_t sum = 0;
    for (const auto &f : files)
        sum += f.bytes;
    return sum;
}

const ModelFile &ModelEntry::entryFile() const
{
    const std::string suffix = format == "onnx" ? ".onnx" : ".json";
    for (const auto &f : files)
        if (f.path.size() >= suffix.size() && f.path.compare(f.path.size() - suffix.size(), suffix.size(), suffix) == 0)
            return f;
    throw CatalogError("model " + id + ": no " + suffix + " file among its files");
}

std::string ModelEntry::nativeBaselineReason() const
{
    if (hasNativeBaseline())
        return {};
    return "no native baseline: TF.js models would need tfjs-node, whose native TensorFlow library is "
           "downloaded at install time and cannot be installed offline";
}

Catalog Catalog::parse(const json &j, const std::string &origin)
{
    Fields top(j, origin);
    const json *version = top.find("catalog_version");
    if (!version || !version->is_number_integer())
        top.fail("catalog_version", "is missing");
    if (version->get<int>() > 1)
        top.fail("catalog_version", "is newer than this InferScope reads (1)");
    Catalog c;
    const json *models = top.find("models");
    if (!models || !models->is_array())
        top.fail("models", "must be an array");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < models->size(); ++i) {
        auto entry = parseEntry((*models)[i], origin + ".models[" + std::to_string(i) + "]");
        if (!ids.insert(entry.id).second)
            throw CatalogError(origin + ".models[" + std::to_string(i) + "].id: \"" + entry.id + "\" appears twice");
        c.m_models.push_back(std::move(entry));
    }
    for (std::size_t i = 0; i < c.m_models.size(); ++i) // a quantized model names the float model of the same catalog
        if (const auto &e = c.m_models[i]; e.source.kind == "quantized") {
            const ModelEntry *base = c.find(e.source.base);
            if (!base || base->format != "onnx" || base->source.kind == "quantized")
                throw CatalogError(origin + ".models[" + std::to_string(i) + "].source.from: \"" + e.source.base +
                                   "\" is not a float ONNX model of this catalog");
        }
    return c;
}

Catalog Catalog::parseText(const std::string &text, const std::string &origin)
{
    const auto j = json::parse(text, nullptr, false);
    if (j.is_discarded())
        throw CatalogError(origin + ": not valid JSON");
    return parse(j, origin);
}

const ModelEntry *Catalog::find(const std::string &id) const
{
    for (const auto &m : m_models)
        if (m.id == id)
            return &m;
    return nullptr;
}

void Catalog::merge(const Catalog &other)
{
    for (const auto &m : other.m_models) {
        if (find(m.id))
            throw CatalogError("model id \"" + m.id + "\" is defined twice (built-in and user catalog)");
        m_models.push_back(m);
    }
}

namespace {
json generatorJson(const InputSpec &in)
{
    json g = {{"kind", in.generator}, {"low", in.low}, {"high", in.high}};
    if (in.generator == "constant")
        g["value"] = in.value;
    return g;
}
} // namespace

nlohmann::json runtimeSpec(const ModelEntry &entry, int seed)
{
    json inputs = json::array();
    for (const auto &in : entry.inputs) {
        json g = generatorJson(in);
        if (!in.layout.empty())
            g["layout"] = in.layout;
        inputs.push_back({{"name", in.name}, {"shape", in.shape}, {"dtype", in.dtype}, {"generator", g}});
        if (!in.stateFrom.empty())
            inputs.back()["state_from"] = in.stateFrom;
    }
    return {{"seed", seed}, {"inputs", inputs}};
}

nlohmann::json toJson(const ModelEntry &e)
{
    json files = json::array();
    for (const auto &f : e.files) {
        json jf = {{"path", f.path}, {"sha256", f.sha256}, {"bytes", f.bytes}};
        if (!f.from.empty())
            jf["from"] = f.from;
        files.push_back(jf);
    }
    json inputs = json::array();
    for (const auto &in : e.inputs) {
        inputs.push_back({{"name", in.name},
                          {"shape", in.shape},
                          {"dtype", in.dtype},
                          {"layout", in.layout},
                          {"generator", generatorJson(in)}});
        if (!in.stateFrom.empty())
            inputs.back()["state_from"] = in.stateFrom;
    }
    json outputs = json::array();
    for (const auto &o : e.outputs) {
        outputs.push_back({{"name", o.name}, {"meaning", o.meaning}});
        if (o.detectionRow > 0)
            outputs.back()["detections"] = {{"row", o.detectionRow}, {"score", o.detectionScore}};
        if (o.orderDependent)
            outputs.back()["order_dependent"] = true;
    }
    json source = {{"kind", e.source.kind}};
    if (e.source.kind == "torchvision")
        source.update({{"script", e.source.script}, {"arch", e.source.arch}, {"seed", e.source.seed}});
    else if (e.source.kind == "npm")
        source.update({{"package", e.source.package}, {"version", e.source.version}});
    else if (e.source.kind == "quantized")
        source.update({{"script", e.source.script}, {"from", e.source.base}, {"scheme", e.source.scheme}});
    else
        source["original"] = e.source.original;
    json j = {{"id", e.id},
              {"name", e.name},
              {"task", e.task},
              {"format", e.format},
              {"default", e.inDefaultSet},
              {"files", files},
              {"inputs", inputs},
              {"outputs", outputs},
              {"preprocessing", e.preprocessing},
              {"parameters", e.parameters},
              {"source", source},
              {"licence", e.licence}};
    if (!e.notes.empty())
        j["notes"] = e.notes;
    return j;
}

bool isValidModelId(const std::string &id)
{
    if (id.empty() || id.size() > 64 || id.front() == '-')
        return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    return true;
}

bool isSha256Hex(const std::string &text)
{
    if (text.size() != 64)
        return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

} // namespace inferscope::zoo
