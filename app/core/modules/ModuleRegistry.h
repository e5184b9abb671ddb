#pragma once

#include "MatterModule.h"

#include "../catalog/Catalog.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

class QPluginLoader;
class QTranslator;

namespace ow::core {

// A plugin's JSON metadata as the loader read it (before loading the library).
struct ModuleInfo
{
    QString id;
    QString name;   // Chinese name, as the hall knows the domain
    QString nameEn; // English name
    QString version;
    int interfaceVersion = 0;
    QString iid;       // which interface the plugin implements
    QStringList dependencies; // "id version" pairs as written, for display
    QString fileName;  // absolute path of the plugin file
};

// A plugin the loader found and did not load, with the reason in the UI language
// (e.g. "built for module interface 2; this OneWindow provides 1", "depends on “property”,
// which was not loaded: …", "its catalog is invalid: matters[3].code: …").
struct SkippedModule
{
    QString fileName;
    QString id; // empty when the metadata could not be read
    QString reason;
};

// A loaded plugin.
struct LoadedModule
{
    ModuleInfo info;
    QObject *instance = nullptr;     // owned by the plugin loader; lives as long as the registry
    MatterModule *module = nullptr;  // null for a plugin of another interface (widgets)
};

// Loads the domain plugins and answers which module does what. Resolution follows Qt Creator's
// plugin manager: every candidate's metadata is read first (no library loaded), candidates are
// checked (IID, interface version, id, duplicate ids), dependencies resolved (missing, too old,
// circular), then libraries are loaded in dependency order; a plugin that fails takes down only
// the plugins that depend on it, each with its reason. A MatterModule plugin's catalog is parsed
// like an imported catalog file and its matterCodes() must match it; else it is skipped.
//
// Immutable once loaded; safe to read from several threads.
class ModuleRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(ModuleRegistry)

public:
    struct Options
    {
        QStringList directories; // searched in order; a missing directory is not an error
        QStringList iids{QStringLiteral(OW_MATTER_MODULE_IID)}; // interfaces to load
        QString language; // e.g. "zh_CN" or "en": the module's embedded translation to install
    };

    // <dir of the executable>/../lib/onewindow/modules (build tree, tests and install alike),
    // after the directories of OW_MODULES_DIR (colon-separated) when it is set.
    static QStringList defaultDirectories();

    static std::shared_ptr<const ModuleRegistry> load(const Options &options);
    // No modules at all (tests, or a workstation started with --no-modules).
    static std::shared_ptr<const ModuleRegistry> empty();

    // The registry of this process, for code with no other way to reach it (the form engine's
    // custom field checks). Set once at start by the workbench, the CLI and the hub; empty until.
    static std::shared_ptr<const ModuleRegistry> current();
    static void setCurrent(std::shared_ptr<const ModuleRegistry> registry);

    ~ModuleRegistry();

    const QList<LoadedModule> &modules() const { return m_modules; }
    const QList<SkippedModule> &skipped() const { return m_skipped; }

    // The MatterModule that owns a matter, or null (a matter of the hall's own catalog).
    const MatterModule *moduleForMatter(const QString &matterCode) const;
    const LoadedModule *loadedModuleForMatter(const QString &matterCode) const;
    const LoadedModule *module(const QString &id) const;
    // The distinct modules owning any of these matters, in load order.
    QList<const LoadedModule *> modulesFor(const QStringList &matterCodes) const;

    // `base` with every module's contribution on top: a matter, bundle or department whose code
    // or id is already in `base` is replaced by the module's, the rest appended.
    Catalog mergeCatalog(const Catalog &base) const;

    // "<module id>.<name>" as a catalog names a field's validator.
    bool hasValidator(const QString &validator) const;
    // The module's message for `value`, or empty when acceptable or when no module has it.
    QString checkField(const QString &validator, const QString &value) const;

    // Instances of another interface among the loaded plugins, e.g. ow::ui::MatterModuleWidgets.
    template<class Interface>
    QList<Interface *> instancesOf() const
    {
        QList<Interface *> found;
        for (const LoadedModule &m : m_modules) {
            if (auto *i = qobject_cast<Interface *>(m.instance))
                found.append(i);
        }
        return found;
    }

private:
    ModuleRegistry() = default;

    QList<LoadedModule> m_modules;
    QList<SkippedModule> m_skipped;
    QList<Catalog> m_catalogs; // parsed catalog of each MatterModule, in load order
    QHash<QString, qsizetype> m_matterOwner; // matter code → index in m_modules
    std::vector<std::unique_ptr<QPluginLoader>> m_loaders;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace ow::core
