#pragma once
#include <QDialog>

class QTextBrowser;

namespace hc {

// 使用手册: the Chinese manual shipped inside the program (resources/manual, one page per pane and task), opened
// at the page of what the official is looking at.
class HelpBrowser final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpBrowser)
public:
    explicit HelpBrowser(QWidget *parent = nullptr);
    // `page` is a file of the manual without its suffix: "holders", "approvals", "index", …
    void showPage(const QString &page);
    QString currentPage() const;
    QTextBrowser *browser() const { return m_browser; }
    static bool hasPage(const QString &page);

private:
    QTextBrowser *m_browser;
};

} // namespace hc
