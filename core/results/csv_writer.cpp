#include "core/results/csv_writer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <stdexcept>

namespace inferscope::results {
namespace {
std::string csvQuoted(std::string_view raw)
{
    // A text a spreadsheet would take for a formula (=HYPERLINK(...), +cmd|..., -2+3, @SUM) from a model name or
    // an error message a bundle carries is written with a leading apostrophe, as OWASP advises: read as text.
    std::string text(raw);
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
        text.insert(text.begin(), '\'');
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

void writeRow(std::ostream &out, const std::vector<std::string> &fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i)
        out << (i ? "," : "") << fields[i];
    out << "\r\n";
}
} // namespace

CsvWriter::CsvWriter(std::ostream &out, std::vector<std::string> header) : m_out(out), m_columns(header.size())
{
    for (auto &h : header)
        h = csvQuoted(h);
    writeRow(m_out, header);
}

std::string CsvWriter::field(const nlohmann::json &value)
{
    if (value.is_null())
        return {};
    if (value.is_string())
        return csvQuoted(value.get_ref<const std::string &>());
    if (value.is_boolean())
        return value.get<bool>() ? "true" : "false";
    if (value.is_number_integer())
        return value.dump();
    if (value.is_number_float()) {
        const double v = value.get<double>();
        if (!std::isfinite(v))
            return {};
        if (v == std::floor(v) && std::fabs(v) < 1e15)
            return std::to_string(static_cast<long long>(v));
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.17g", v);
        return buffer;
    }
    return csvQuoted(value.dump());
}

void CsvWriter::row(const std::vector<nlohmann::json> &fields)
{
    if (fields.size() != m_columns)
        throw std::logic_error("CsvWriter: row of " + std::to_string(fields.size()) + " fields for " +
                               std::to_string(m_columns) + " columns");
    std::vector<std::string> text;
    text.reserve(fields.size());
    for (const auto &f : fields)
        text.push_back(field(f));
    writeRow(m_out, text);
    ++m_rows;
}

std::string csvOfRows(const nlohmann::json &rows)
{
    std::vector<std::string> header;
    for (const auto &row : rows)
        if (row.is_object())
            for (const auto &[key, value] : row.items())
                if (std::find(header.begin(), header.end(), key) == header.end())
                    header.push_back(key);
    std::ostringstream out;
    CsvWriter csv(out, header);
    for (const auto &row : rows) {
        if (!row.is_object())
            continue;
        std::vector<nlohmann::json> fields;
        for (const auto &key : header)
            fields.push_back(row.contains(key) ? row[key] : nlohmann::json(nullptr));
        csv.row(fields);
    }
    return out.str();
}

} // namespace inferscope::results
