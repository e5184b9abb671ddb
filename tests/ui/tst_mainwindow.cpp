#include "core/Language.h"
#include "core/storage/WorkstationDatabase.h"
#include "ui/AboutDialog.h"
#include "ui/Fonts.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QFontMetrics>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QRawFont>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QTranslator>

using namespace ow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;

    static void useLanguage(const QString &language)
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        core::installTranslations(*qApp, language);
    }

private slots:
    void initTestCase()
    {
        ui::applyWorkbenchFont(*qApp, QStringLiteral("zh_CN"));
        core::StorageError error;
        m_db = core::WorkstationDatabase::open(m_dir.filePath(QStringLiteral("w.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error.detail));
    }

    void titleFollowsLanguage()
    {
        useLanguage(QStringLiteral("zh_CN"));
        {
            ui::MainWindow window(m_db.get());
            QCOMPARE(window.windowTitle(), QStringLiteral("一窗受理工作台"));
        }
        useLanguage(QStringLiteral("en"));
        ui::MainWindow window(m_db.get());
        QCOMPARE(window.windowTitle(), QStringLiteral("OneWindow Workbench"));
    }

    void pagesAreReachableByKeyboard()
    {
        useLanguage(QStringLiteral("en"));
        ui::MainWindow window(m_db.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage(), int(ui::MainWindow::AcceptancePage));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(ui::MainWindow::QueuePage));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(ui::MainWindow::SupervisionPage));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(ui::MainWindow::AcceptancePage));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), 3);
    }

    void acceptancePlanShowsTheFlow()
    {
        useLanguage(QStringLiteral("zh_CN"));
        ui::MainWindow window(m_db.get());
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(pages);
        auto *first = pages->widget(ui::MainWindow::AcceptancePage)
                          ->findChild<QLabel *>(QStringLiteral("flowStep1"));
        QVERIFY(first);
        QCOMPARE(first->text(), QStringLiteral("申请人"));
        auto *title = pages->widget(ui::MainWindow::AcceptancePage)
                          ->findChild<QLabel *>(QStringLiteral("pageTitle"));
        QCOMPARE(title->text(), QStringLiteral("综合受理"));
    }

    void statusBarReportsTheDatabase()
    {
        useLanguage(QStringLiteral("en"));
        ui::MainWindow window(m_db.get());
        auto *status = window.findChild<QLabel *>(QStringLiteral("databaseStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QString::number(m_db->schemaVersion())),
                 qPrintable(status->text()));
        QCOMPARE(status->toolTip(), m_db->path());
    }

    void aboutListsVersionsAndModules()
    {
        useLanguage(QStringLiteral("en"));
        ui::MainWindow window(m_db.get());
        window.setLoadedModules({QStringLiteral("property 1.0.0")});
        window.show();
        window.showAbout();
        QTRY_VERIFY(window.findChild<ui::AboutDialog *>());
        auto *dialog = window.findChild<ui::AboutDialog *>();
        QTRY_VERIFY(dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("versionTable"));
        QStringList components;
        for (int row = 0; row < table->rowCount(); ++row)
            components << table->item(row, 0)->text();
        QCOMPARE(components, QStringList({"OneWindow", "Qt", "OpenSSL", "SQLite"}));
        auto *modules = dialog->findChild<QListWidget *>(QStringLiteral("moduleList"));
        QCOMPARE(modules->item(0)->text(), QStringLiteral("property 1.0.0"));
        dialog->reject();
    }

    void aboutSaysWhenNoModulesAreLoaded()
    {
        useLanguage(QStringLiteral("zh_CN"));
        ui::AboutDialog dialog(core::runtimeVersions(), {});
        auto *modules = dialog.findChild<QListWidget *>(QStringLiteral("moduleList"));
        QCOMPARE(modules->count(), 1);
        QVERIFY(modules->item(0)->text().contains(u"模块"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("关于一窗受理"));
    }

    void rareCharactersOutsideTheBmpHaveGlyphs_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void rareCharactersOutsideTheBmpHaveGlyphs()
    {
        QFETCH(QString, language);
        ui::applyWorkbenchFont(*qApp, language);
        // 𠮷 (U+20BB7) must be drawn with a real glyph, not a replacement box.
        const QString name = QStringLiteral("𠮷野家");
        QTextLayout layout(name, qApp->font());
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        const QList<QGlyphRun> runs = layout.glyphRuns();
        QVERIFY(!runs.isEmpty());
        bool found = false;
        for (const QGlyphRun &run : runs) {
            const QRawFont font = run.rawFont();
            if (font.supportsCharacter(0x20BB7)) {
                found = true;
                for (quint32 glyph : run.glyphIndexes())
                    QVERIFY(glyph != 0);
            }
        }
        QVERIFY2(found, "no font with U+20BB7; install fonts-noto-cjk");
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
