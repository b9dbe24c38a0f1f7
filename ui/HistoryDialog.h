#pragma once
#include <QDialog>

namespace hc {

class Workspace;

// Every period an area has had: level, when, why, who declared and who ended it.
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)
public:
    HistoryDialog(Workspace &ws, const QString &divisionCode, const QString &subarea, QWidget *parent = nullptr);
};

} // namespace hc
