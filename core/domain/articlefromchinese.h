#pragma once
// Reading back a citation stored in its Chinese form (ArticleRef::toChinese), for texts kept in the
// database in Chinese — a deadline's article — and shown in the window's language (issue 16 part 8).

#include "core/domain/article.h"

namespace ecoclaim::domain {

// The reference a toChinese() text names ("第八条第三款", "民法典第二百零三条"); a null reference when the
// text is not such a citation. Implemented in article.cpp.
ArticleRef articleFromChinese(const QString &text);

} // namespace ecoclaim::domain
