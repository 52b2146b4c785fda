// The zoo catalog: the shipped models/catalog.json and the validation that guards it.
#include "core/zoo/catalog.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sstream>

using namespace inferscope::zoo;

namespace {
nlohmann::json shippedJson()
{
    std::ifstream in(INFERSCOPE_SOURCE_DIR "/models/catalog.json");
    return nlohmann::json::parse(in);
}

std::string errorOf(const nlohmann::json &j)
{
    try {
        Catalog::parse(j, "test");
    } catch (const CatalogError &e) {
        return e.what();
    }
    return "";
}
} // namespace

TEST(ZooCatalog, ShippedCatalogIsValidAndCoversTheStudy)
{
    const Catalog c = Catalog::parse(shippedJson(), "models/catalog.json");
    EXPECT_GE(c.models().size(), 12u);
    std::set<std::string> tasks, formats;
    for (const auto &m : c.models()) {
        tasks.insert(m.task);
        formats.insert(m.format);
        EXPECT_FALSE(m.licence.empty()) << m.id;
        EXPECT_GT(m.parameters, 0u) << m.id;
        EXPECT_GT(m.totalBytes(), 0u) << m.id;
        if (m.source.kind == "torchvision") {
            EXPECT_TRUE(std::filesystem::exists(std::string(INFERSCOPE_SOURCE_DIR) + "/" + m.source.script)) << m.id;
        }
        EXPECT_EQ(m.format == "onnx", m.hasNativeBaseline()) << m.id;
        if (!m.hasNativeBaseline()) {
            EXPECT_NE(std::string::npos, m.nativeBaselineReason().find("tfjs-node")) << m.id;
        }
    }
    EXPECT_GE(tasks.size(), 6u);
    EXPECT_EQ((std::set<std::string>{"onnx", "tfjs"}), formats);
    for (const char *id : {"mobilenetv2", "resnet50", "vgg16", "inceptionv3", "efficientnetb0", "shufflenetv2",
                           "bert-encoder", "esrgan-lite", "paddleocr-det", "paddleocr-rec", "blazeface-onnx",
                           "movenet-lightning", "centernet", "blazeface-tfjs", "emotion"})
        EXPECT_NE(nullptr, c.find(id)) << id;
    EXPECT_FALSE(c.find("vgg16")->inDefaultSet); // 550 MB: built on demand
    EXPECT_FALSE(c.find("resnet50")->inDefaultSet);
}

TEST(ZooCatalog, ErrorsNameTheFieldAtFault)
{
    auto j = shippedJson();
    j["models"][2]["files"][0]["sha256"] = "abc";
    EXPECT_NE(std::string::npos, errorOf(j).find("test.models[2].files[0].sha256")) << errorOf(j);

    j = shippedJson();
    j["models"][0]["inputs"][0]["shape"][0] = -1;
    EXPECT_NE(std::string::npos, errorOf(j).find("models[0].inputs[0].shape")) << errorOf(j);

    j = shippedJson();
    j["models"][1]["id"] = j["models"][0]["id"];
    EXPECT_NE(std::string::npos, errorOf(j).find("appears twice"));

    j = shippedJson();
    j["models"][0]["format"] = "pytorch";
    EXPECT_NE(std::string::npos, errorOf(j).find("expected one of onnx, tfjs"));

    j = shippedJson();
    j["models"][0]["files"][0]["path"] = "../../etc/passwd";
    EXPECT_NE(std::string::npos, errorOf(j).find("inside the model's directory"));

    j = shippedJson();
    j["catalog_version"] = 2;
    EXPECT_NE(std::string::npos, errorOf(j).find("newer"));

    j = shippedJson();
    j["models"][0].erase("licence");
    EXPECT_NE(std::string::npos, errorOf(j).find("models[0].licence: is missing"));

    EXPECT_THROW(Catalog::parseText("{not json", "x"), CatalogError);
}

TEST(ZooCatalog, RuntimeSpecCarriesShapesAndGenerators)
{
    const Catalog c = Catalog::parse(shippedJson());
    const auto spec = runtimeSpec(*c.find("bert-encoder"), 7);
    EXPECT_EQ(7, spec["seed"]);
    EXPECT_EQ("input_ids", spec["inputs"][0]["name"]);
    EXPECT_EQ((std::vector<std::int64_t>{1, 128}), spec["inputs"][0]["shape"].get<std::vector<std::int64_t>>());
    EXPECT_EQ("int", spec["inputs"][0]["generator"]["kind"]);
    // toJson round-trips through the parser.
    const auto again = Catalog::parse({{"catalog_version", 1}, {"models", {toJson(*c.find("movenet-lightning"))}}});
    EXPECT_EQ(c.find("movenet-lightning")->files.size(), again.models()[0].files.size());
    EXPECT_EQ(c.find("movenet-lightning")->files[1].sha256, again.models()[0].files[1].sha256);
}

TEST(ZooCatalog, RecurrentStateNamesAnOutputAndTravelsToTheRuntimes)
{
    nlohmann::json j = shippedJson();
    j["models"] = {j["models"][0]};
    j["models"][0]["inputs"][0]["state_from"] = "hidden";
    EXPECT_NE(
        std::string::npos,
        errorOf(j).find("models[0].inputs[0].state_from: names \"hidden\", which is not one of the model's outputs"))
        << errorOf(j);
    const std::string output = j["models"][0]["outputs"][0]["name"];
    j["models"][0]["inputs"][0]["state_from"] = output;
    const Catalog c = Catalog::parse(j, "test");
    EXPECT_EQ(output, c.models()[0].inputs[0].stateFrom);
    EXPECT_EQ(output, runtimeSpec(c.models()[0])["inputs"][0]["state_from"]);
    EXPECT_EQ(output, toJson(c.models()[0])["inputs"][0]["state_from"]);
    EXPECT_FALSE(runtimeSpec(Catalog::parse(shippedJson(), "c").models()[0])["inputs"][0].contains("state_from"));
}
