#pragma once
// Tidy CSV as pandas, R and spreadsheets read it without options (RFC 4180): a header row, comma
// separators, CRLF line ends, fields quoted when they hold a comma, quote or line break, numbers at
// full precision (17 significant digits round-trip a double), NaN and missing values as empty fields.
// Hand-written: Debian has no small C++ CSV writer, and writing is 40 lines.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace inferscope::results {

class CsvWriter {
public:
    CsvWriter(std::ostream &out, std::vector<std::string> header);

    /// One row; the number of fields must match the header (a programming error otherwise).
    void row(const std::vector<nlohmann::json> &fields);
    std::size_t rows() const { return m_rows; }

    /// One field as text: strings quoted as needed, numbers at full precision, null/NaN empty,
    /// booleans as true/false, arrays and objects as compact JSON.
    static std::string field(const nlohmann::json &value);

private:
    std::ostream &m_out;
    std::size_t m_columns;
    std::size_t m_rows = 0;
};

/// An array of JSON objects as CSV: the union of their keys as the header, in first-seen order.
std::string csvOfRows(const nlohmann::json &rows);

} // namespace inferscope::results
