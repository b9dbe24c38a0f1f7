#pragma once
#include <QDialog>

namespace hc {

class Workspace;

// 关于: the program and its version, the libraries and data it ships with and their licences, and the database
// this console works on.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(Workspace &ws, QWidget *parent = nullptr);
    static QString version();
};

} // namespace hc
