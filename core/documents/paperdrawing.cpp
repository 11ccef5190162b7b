#include "core/documents/paperdrawing.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

using namespace Qt::StringLiterals;

namespace ecoclaim::documents {

namespace {
constexpr int DrawingObject = QTextFormat::UserObject + 9; // this file's own object type
constexpr int DrawingIndex = QTextFormat::UserProperty + 9;

// The layout asks it for each drawing's size and has it paint; owned by the document.
class DrawingHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    DrawingHandler(QList<PaperDrawing> drawings, double dpi, QObject *parent)
        : QObject(parent), m_drawings(std::move(drawings)), m_dpi(dpi)
    {
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const int i = format.intProperty(DrawingIndex);
        if (i < 0 || i >= m_drawings.size())
            return {};
        const QSizeF mm = m_drawings.at(i).sizeMm;
        return {mm.width() * m_dpi / 25.4, mm.height() * m_dpi / 25.4};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const int i = format.intProperty(DrawingIndex);
        if (i < 0 || i >= m_drawings.size() || !m_drawings.at(i).paint)
            return;
        // The page painted is the clip (officiallayout.cpp paints page by page): a drawing on the next
        // page is asked for too when its paragraph starts on this one, and its words, though clipped
        // away, would be in this page's text layer twice over.
        // A drawing is never taller than the type area, so the layout puts it whole on one page: paint
        // it with the page holding most of it (its box overlaps the page before by a pixel or so).
        if (painter->hasClipping() && painter->clipBoundingRect().intersected(rect).height() < rect.height() / 2)
            return;
        painter->save();
        m_drawings.at(i).paint(*painter, rect);
        painter->restore();
    }

private:
    QList<PaperDrawing> m_drawings;
    double m_dpi;
};
} // namespace

void placeDrawings(QTextDocument &doc, const QList<PaperDrawing> &drawings, double dpi)
{
    if (drawings.isEmpty())
        return;
    auto *handler = new DrawingHandler(drawings, dpi, &doc);
    doc.documentLayout()->registerHandler(DrawingObject, handler);
    struct Place { int position, length, index; };
    QList<Place> places; // found first, replaced after: a replacement would move the fragments being walked
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            const QString name = fragment.charFormat().toImageFormat().name();
            if (!name.startsWith(u"drawing:"))
                continue;
            const auto found = std::find_if(drawings.cbegin(), drawings.cend(),
                                            [&](const PaperDrawing &d) { return u"drawing:"_s + d.name == name; });
            if (found != drawings.cend())
                places.append({fragment.position(), fragment.length(), int(found - drawings.cbegin())});
        }
    QTextCursor edit(&doc);
    edit.beginEditBlock();
    for (auto p = places.crbegin(); p != places.crend(); ++p) { // from the end: earlier positions stay
        QTextCharFormat object;
        object.setObjectType(DrawingObject);
        object.setProperty(DrawingIndex, p->index);
        QTextCursor cursor(&doc);
        cursor.setPosition(p->position);
        cursor.setPosition(p->position + p->length, QTextCursor::KeepAnchor);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
    edit.endEditBlock();
}

} // namespace ecoclaim::documents

#include "paperdrawing.moc"
