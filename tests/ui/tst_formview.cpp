// The form view: a bundle's merged form from the demo catalog, driven by keyboard.
#include "core/catalog/CatalogJson.h"
#include "core/validation/DivisionTable.h"
#include "support/ManualClock.h"
#include "support/TestPaths.h"
#include "ui/form/FormView.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace ow;

namespace {

const char *const kStartBusiness = "YJS4403000001"; // 企业开办一件事

core::Catalog demoCatalog()
{
    QFile f(test::sourcePath("resources/catalog/demo-catalog.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return core::CatalogJson::parse(f.readAll()).catalog;
}

// Text as a Chinese input method delivers it: committed in one go, not key by key.
void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

QString focusName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}

} // namespace

class TestFormView : public QObject
{
    Q_OBJECT

private:
    core::Catalog m_catalog;
    test::ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0))};
    std::unique_ptr<ui::FormView> m_view;

    template <typename T> T *find(const QString &name) const
    {
        return m_view->findChild<T *>(name);
    }

    QList<core::FieldSchema> bundleFields(const char *code) const
    {
        const core::Bundle *bundle = m_catalog.bundle(QString::fromLatin1(code));
        return bundle ? m_catalog.mergedApplication(bundle->matterCodes).fields
                      : QList<core::FieldSchema>();
    }

    void showView()
    {
        m_view->resize(900, 700);
        m_view->show();
        QApplication::setActiveWindow(m_view.get());
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    }

    bool rowShown(const QString &id) const
    {
        const QWidget *row = find<QWidget>(id + ":row");
        return row && row->isVisible();
    }

private slots:
    void initTestCase()
    {
        m_catalog = demoCatalog();
        QVERIFY(m_catalog.bundle(kStartBusiness));
    }

    void init()
    {
        m_view = std::make_unique<ui::FormView>(m_clock, core::DivisionTable::builtIn());
        m_view->setFields(bundleFields(kStartBusiness));
        showView();
    }

    void cleanup() { m_view.reset(); }

    void rendersEveryFieldOfTheMergedForm()
    {
        const QList<core::FieldSchema> fields = m_view->state().fields();
        QVERIFY(fields.size() > 10);
        for (const core::FieldSchema &f : fields) {
            auto *label = find<QLabel>(f.id + ":label");
            QVERIFY2(label, qPrintable(f.id));
            QCOMPARE(label->text().endsWith(" *"), f.required);
            // Every label leads to its input, so Alt-less keyboard users and screen readers
            // know what the input asks.
            QVERIFY2(label->buddy(), qPrintable(f.id));
        }
        QVERIFY(find<QLineEdit>("enterprise_name"));
        QVERIFY(find<QLineEdit>("phone"));
        QVERIFY(find<QLineEdit>("contribution_deadline"));
        QVERIFY(find<QComboBox>("agent"));
        QVERIFY(find<QListWidget>("invoice_types"));
        QVERIFY(find<QLineEdit>("business_address"));
        QVERIFY(find<QLineEdit>("business_address.detail"));
        QVERIFY(find<QPushButton>("shareholders:add"));
        QCOMPARE(find<QLabel>("shareholders:shares")->text(), QString("Shares: 0% of 100%"));
    }

    void longFormsScroll()
    {
        m_view->resize(700, 300);
        auto *scroll = m_view->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QApplication::processEvents(); // let the layout settle after the resize
        QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
    }

    void typingUpdatesTheState()
    {
        QSignalSpy changed(m_view.get(), &ui::FormView::answersChanged);
        auto *name = find<QLineEdit>("enterprise_name");
        name->setFocus();
        commitText(name, "深圳市𠮷祥科技有限公司");
        QCOMPARE(m_view->state().answer("enterprise_name").toString(),
                 QString("深圳市𠮷祥科技有限公司"));
        QVERIFY(!changed.isEmpty());

        auto *capital = find<QLineEdit>("registered_capital");
        capital->setFocus();
        QTest::keyClicks(capital, "100x.5"); // the letter is refused as typed
        QCOMPARE(capital->text(), QString("100.5"));
        QCOMPARE(m_view->state().answer("registered_capital").toString(), QString("100.5"));
    }

    void leavingAnInputShowsItsNormalizedForm()
    {
        auto *id = find<QLineEdit>("legal_rep_id_number");
        id->setFocus();
        QTest::keyClicks(id, "11010519491231002x");
        QTest::keyClick(id, Qt::Key_Tab);
        QCOMPARE(id->text(), QString("11010519491231002X"));
        QCOMPARE(m_view->state().answer("legal_rep_id_number").toString(),
                 QString("11010519491231002X"));

        auto *date = find<QLineEdit>("contribution_deadline");
        date->setFocus();
        QTest::keyClicks(date, "2031/3/2");
        QTest::keyClick(date, Qt::Key_Tab);
        QCOMPARE(date->text(), QString("2031-03-02"));
        QCOMPARE(m_view->state().answer("contribution_deadline").toDate(), QDate(2031, 3, 2));
    }

    void inlineErrorAppearsOnceTheFieldIsLeft()
    {
        auto *phone = find<QLineEdit>("phone");
        auto *error = find<QLabel>("phone:error");
        QVERIFY(error);
        phone->setFocus();
        QTest::keyClicks(phone, "12345");
        QVERIFY(error->isHidden()); // not while typing
        QTest::keyClick(phone, Qt::Key_Tab);
        QVERIFY(focusName() != "phone");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());

        // Once shown, the error follows the input and goes as soon as it is right.
        phone->setFocus();
        phone->selectAll();
        QTest::keyClicks(phone, "0755-86001234");
        QVERIFY(error->isHidden());
        QCOMPARE(m_view->state().answer("phone").toString(), QString("0755-86001234"));
    }

    void validateAllFocusesTheFirstInvalidField()
    {
        auto *name = find<QLineEdit>("enterprise_name");
        name->setFocus();
        commitText(name, "深圳市某某科技有限公司");
        find<QLineEdit>("phone")->setFocus(); // the cursor is somewhere else entirely

        QVERIFY(!m_view->validateAll());
        // business_address is the first field after the name and is required.
        QCOMPARE(focusName(), QString("business_address"));
        QVERIFY(find<QLabel>("business_address:error")->isVisible());
        QVERIFY(find<QLabel>("phone:error")->isVisible());
        QVERIFY(find<QLabel>("shareholders:error")->isVisible());
        QVERIFY(find<QLabel>("enterprise_name:error")->isHidden());
        // Hidden fields are not asked for.
        QVERIFY(find<QLabel>("agent_name:error")->isHidden());
    }

    void addressShowsTheDivisionName()
    {
        auto *division = find<QLineEdit>("business_address");
        division->setFocus();
        QTest::keyClicks(division, "440305");
        QCOMPARE(find<QLabel>("business_address.divisionName")->text(),
                 QString("广东省深圳市南山区"));
        QTest::keyClick(division, Qt::Key_Tab);
        QCOMPARE(focusName(), QString("business_address.detail"));
        commitText(QApplication::focusWidget(), "科技园科苑路15号");
        const QVariantMap address = m_view->state().answer("business_address").toMap();
        QCOMPARE(address.value("division").toString(), QString("440305"));
        QCOMPARE(address.value("detail").toString(), QString("科技园科苑路15号"));
        QVERIFY(m_view->state().validateField("business_address").isEmpty());
    }

    void groupRowsByKeyboard()
    {
        auto *add = find<QPushButton>("shareholders:add");
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Space);
        QCOMPARE(m_view->state().groupRows("shareholders").size(), 1);
        QCOMPARE(focusName(), QString("shareholders[0].shareholder_name"));

        commitText(QApplication::focusWidget(), "𠮷大山");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(focusName(), QString("shareholders[0].shareholder_kind"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), "11010519491231002X");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), "60");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(focusName(), QString("shareholders[0].share_ratio"));
        QTest::keyClicks(QApplication::focusWidget(), "60");
        QCOMPARE(find<QLabel>("shareholders:shares")->text(), QString("Shares: 60% of 100%"));

        // On to the row's remove button, then the add button, and Enter adds a row as well.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(focusName(), QString("shareholders[0]:remove"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(focusName(), QString("shareholders:add"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(m_view->state().groupRows("shareholders").size(), 2);
        QCOMPARE(focusName(), QString("shareholders[1].shareholder_name"));

        auto *share = find<QLineEdit>("shareholders[1].share_ratio");
        share->setFocus();
        QTest::keyClicks(share, "30");
        QTest::keyClick(share, Qt::Key_Tab);
        QCOMPARE(find<QLabel>("shareholders:shares")->text(), QString("Shares: 90% of 100%"));
        QVERIFY(find<QLabel>("shareholders:error")->isVisible()); // the total is wrong
        QVERIFY(find<QLabel>("shareholders[1].share_ratio:error")->isHidden());
        share->setFocus();
        QTest::keyClick(share, Qt::Key_Backspace);
        QTest::keyClicks(share, "3.33");
        QTest::keyClick(share, Qt::Key_Tab);
        QCOMPARE(find<QLabel>("shareholders:shares")->text(), QString("Shares: 93.33% of 100%"));
        share->setFocus();
        share->selectAll();
        QTest::keyClicks(share, "40");
        QCOMPARE(find<QLabel>("shareholders:shares")->text(), QString("Shares: 100% of 100%"));
        QVERIFY(find<QLabel>("shareholders:error")->isHidden());

        // Remove the first row with the keyboard: the second becomes the first.
        auto *remove = find<QPushButton>("shareholders[0]:remove");
        remove->setFocus();
        QTest::keyClick(remove, Qt::Key_Space);
        const QList<QVariantMap> rows = m_view->state().groupRows("shareholders");
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value("share_ratio").toString(), QString("40"));
        QCOMPARE(find<QLineEdit>("shareholders[0].share_ratio")->text(), QString("40"));
        QVERIFY(!find<QWidget>("shareholders[1].share_ratio"));
        QCOMPARE(focusName(), QString("shareholders[0].shareholder_name"));
        QCOMPARE(find<QLabel>("shareholders:shares")->text(), QString("Shares: 40% of 100%"));
    }

    void conditionHidesAndShowsAField()
    {
        QVERIFY(!rowShown("agent_name"));
        QVERIFY(!rowShown("agent_id_number"));
        auto *agent = find<QComboBox>("agent");
        agent->setFocus();
        QTest::keyClick(agent, Qt::Key_Down); // 本人（本单位）办理
        QCOMPARE(m_view->state().answer("agent").toString(), QString("false"));
        QVERIFY(!rowShown("agent_name"));
        QTest::keyClick(agent, Qt::Key_Down); // 委托代理人办理
        QCOMPARE(m_view->state().answer("agent").toString(), QString("true"));
        QVERIFY(rowShown("agent_name"));
        QVERIFY(rowShown("agent_id_number"));

        // Tab from the choice reaches the field that just appeared.
        QTest::keyClick(agent, Qt::Key_Tab);
        QCOMPARE(focusName(), QString("agent_name"));
        commitText(QApplication::focusWidget(), "李四");

        agent->setFocus();
        QTest::keyClick(agent, Qt::Key_Up);
        QVERIFY(!rowShown("agent_name"));
        QCOMPARE(m_view->state().answer("agent_name").toString(), QString("李四")); // kept
        QVERIFY(!m_view->state().applicableAnswers().contains("agent_name"));
    }

    void prefillBadgesAppearAndGoOnEdit()
    {
        auto *enterprise = find<QLineEdit>("enterprise_name");
        enterprise->setFocus();
        commitText(enterprise, "已填写的名称");
        const QDate readAt(2026, 11, 20);
        const core::PrefillContext context{
            {"applicant.phone", {"13800138000", "身份证读卡", readAt}},
            {"applicant.legal_representative", {"𠮷大山", "身份证读卡", readAt}},
            {"case.enterprise_name", {"别的名称", "办件 W01-2026-000012", QDate(2026, 3, 2)}},
            {"case.business_address",
             {QVariantMap{{"division", "440305"}, {"detail", "科苑路15号"}}, "办件 W01-2026-000012",
              QDate(2026, 3, 2)}},
        };
        m_view->applyPrefill(context);

        auto *phone = find<QLineEdit>("phone");
        QCOMPARE(phone->text(), QString("13800138000"));
        auto *badge = find<QLabel>("phone:source");
        QVERIFY(badge->isVisible());
        QVERIFY(badge->text().contains("身份证读卡"));
        QVERIFY(badge->text().contains("2026-11-20"));
        QCOMPARE(find<QLineEdit>("legal_representative")->text(), QString("𠮷大山"));
        QCOMPARE(find<QLineEdit>("business_address.detail")->text(), QString("科苑路15号"));
        QVERIFY(find<QLabel>("business_address:source")->text().contains("W01-2026-000012"));
        // What the clerk typed stays, and has no badge.
        QCOMPARE(enterprise->text(), QString("已填写的名称"));
        QVERIFY(find<QLabel>("enterprise_name:source")->isHidden());

        // Editing the value makes it the clerk's own: the badge goes.
        phone->setFocus();
        phone->end(false);
        QTest::keyClick(phone, Qt::Key_Backspace);
        QTest::keyClicks(phone, "1");
        QVERIFY(badge->isHidden());
        QVERIFY(m_view->state().prefillSource("phone").isEmpty());
        QVERIFY(find<QLabel>("legal_representative:source")->isVisible());
    }

    void changesThroughTheStateShowInTheView()
    {
        m_view->state().setAnswer("phone", "+86 139 0013 9000");
        QCOMPARE(find<QLineEdit>("phone")->text(), QString("13900139000"));
        m_view->state().setGroupRows("shareholders", {QVariantMap{{"share_ratio", "100"}}});
        QCOMPARE(find<QLineEdit>("shareholders[0].share_ratio")->text(), QString("100"));
        QCOMPARE(find<QLabel>("shareholders:shares")->text(), QString("Shares: 100% of 100%"));
        m_view->state().setAnswer("agent", "true");
        QVERIFY(rowShown("agent_name"));
        QCOMPARE(find<QComboBox>("agent")->currentData().toString(), QString("true"));
    }

    void multiChoiceAndAttachmentByKeyboard()
    {
        core::FieldSchema kinds;
        kinds.id = "kinds";
        kinds.label = "经营项目";
        kinds.type = core::FieldType::MultiChoice;
        kinds.required = true;
        kinds.options = {{"cold", "冷食类"}, {"hot", "热食类"}, {"raw", "生食类"}};
        core::FieldSchema plan;
        plan.id = "layout_plan";
        plan.label = "经营场所平面图";
        plan.type = core::FieldType::Attachment;
        plan.required = true;
        m_view->setFields({kinds, plan});
        QString askedFor;
        m_view->setFileChooser([&askedFor](QWidget *, const QString &title) {
            askedFor = title;
            return QString("/srv/scans/平面图.pdf");
        });

        auto *list = find<QListWidget>("kinds");
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Space);
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(m_view->state().answer("kinds").toStringList(), QStringList({"cold", "raw"}));

        QTest::keyClick(list, Qt::Key_Tab);
        QCOMPARE(focusName(), QString("layout_plan"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(askedFor, QString("经营场所平面图"));
        QCOMPARE(find<QLabel>("layout_plan.fileName")->text(), QString("平面图.pdf"));
        QCOMPARE(m_view->state().answer("layout_plan").toString(),
                 QString("/srv/scans/平面图.pdf"));
        QVERIFY(m_view->validateAll());

        auto *clear = find<QPushButton>("layout_plan.clear");
        clear->setFocus();
        QTest::keyClick(clear, Qt::Key_Space);
        QVERIFY(!m_view->state().answer("layout_plan").isValid());
        QVERIFY(!m_view->validateAll());
        QCOMPARE(focusName(), QString("layout_plan"));
    }

    void replacingTheFormStartsAfresh()
    {
        m_view->state().setAnswer("phone", "12");
        QVERIFY(!m_view->validateAll());
        m_view->setFields(bundleFields("YJS4403000003")); // 新生儿出生一件事
        QVERIFY(!find<QWidget>("shareholders:row"));
        QVERIFY(m_view->state().answers().isEmpty());
        for (const QLabel *label : m_view->findChildren<QLabel *>()) {
            if (label->objectName().endsWith(":error"))
                QVERIFY2(label->isHidden(), qPrintable(label->objectName()));
        }
    }
};

QTEST_MAIN(TestFormView)
#include "tst_formview.moc"
