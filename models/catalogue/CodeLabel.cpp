#include "models/catalogue/CodeLabel.h"

#include "models/core/Logging.h"

#include <QFile>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto labelFields = std::make_tuple(
    jsonField("code"_L1, &CodeLabel::code), jsonField("family"_L1, &CodeLabel::family),
    jsonField("category"_L1, &CodeLabel::category), jsonField("title"_L1, &CodeLabel::title),
    jsonField("ticketType"_L1, &CodeLabel::ticketType), jsonField("primaryIdLabel"_L1, &CodeLabel::primaryIdLabel),
    jsonField("secondaryIdLabel"_L1, &CodeLabel::secondaryIdLabel));

const auto fileFields =
    std::make_tuple(jsonField("about"_L1, &CodeLabelFile::about), jsonField("codes"_L1, &CodeLabelFile::codes));

QHash<QString, CodeLabel> readBundled()
{
    QFile file(u":/api/code-labels.json"_s);
    QHash<QString, CodeLabel> labels;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCatalogue) << "cannot read" << file.fileName();
        return labels;
    }
    const Decoded<CodeLabelFile> decoded = decodeJson<CodeLabelFile>(file.readAll());
    if (!decoded.ok()) {
        qCWarning(lcCatalogue) << "cannot decode" << file.fileName() << describeDecodeErrors(decoded.errors);
        return labels;
    }
    for (const CodeLabel& label : decoded.value->codes)
        labels.insert(label.code, label);
    return labels;
}
} // namespace

CodeLabel CodeLabel::fromJson(JsonReader& reader)
{
    return reader.readFields<CodeLabel>(labelFields);
}

QJsonObject CodeLabel::toJson() const
{
    return writeFields(*this, labelFields);
}

CodeLabelFile CodeLabelFile::fromJson(JsonReader& reader)
{
    return reader.readFields<CodeLabelFile>(fileFields);
}

QJsonObject CodeLabelFile::toJson() const
{
    return writeFields(*this, fileFields);
}

const QHash<QString, CodeLabel>& CodeLabelFile::bundled()
{
    static const QHash<QString, CodeLabel> labels = readBundled();
    return labels;
}

} // namespace CaseDesk
