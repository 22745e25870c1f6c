//! The operating system's "the machine is going to sleep" and "the screen is locked",
//! turned into `SystemEvent`s that lock the vault (`Shell::on_system_event`).
//!
//! Linux: systemd-logind on the system bus. `PrepareForSleep(true)` comes before a suspend or
//! hibernate, `PrepareForSleep(false)` after waking (both lock: the second catches a sleep
//! whose first signal came too late); the session's `Lock` signal (`loginctl lock-session`,
//! and desktops that lock through logind) and its `LockedHint` property turning true (GNOME,
//! KDE and others set it when their lock screen shows). A "delay" inhibitor is held while
//! unlocked is possible, so logind waits (up to its InhibitDelayMaxSec, 5 s by default) for
//! the key to be dropped before the machine sleeps.
//!
//! The listener runs on its own thread and gives up quietly when there is no system bus
//! (containers, CI) or no logind: the idle lock, counted on the wall clock, still holds.
//! It uses the `dbus` crate (libdbus), which Tauri's window layer (tao) already links on
//! Linux; see ARCHITECTURE.md for why not zbus, and for what Windows and macOS will need.

use crate::shell::SystemEvent;

/// Start listening; `on_event` is called on the listener's thread.
#[cfg(target_os = "linux")]
pub fn watch(on_event: impl Fn(SystemEvent) + Send + Sync + 'static) {
    let spawned = std::thread::Builder::new()
        .name("harbour-system-events".into())
        .spawn(move || {
            if let Err(e) = linux::listen(std::sync::Arc::new(on_event)) {
                // No bus, no logind: nothing personal in it, and nothing else to do.
                if cfg!(debug_assertions) {
                    eprintln!("harbour: not watching for suspend or screen lock: {e}");
                }
            }
        });
    if spawned.is_err() && cfg!(debug_assertions) {
        eprintln!("harbour: could not start the suspend and screen-lock listener");
    }
}

/// Not yet on this system (see ARCHITECTURE.md): only the idle lock applies.
#[cfg(not(target_os = "linux"))]
pub fn watch(_on_event: impl Fn(SystemEvent) + Send + Sync + 'static) {}

#[cfg(target_os = "linux")]
mod linux {
    use crate::shell::SystemEvent;
    use dbus::arg::{OwnedFd, PropMap, RefArg};
    use dbus::blocking::Connection;
    use dbus::message::MatchRule;
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    const LOGIN1: &str = "org.freedesktop.login1";
    const MANAGER_PATH: &str = "/org/freedesktop/login1";
    const MANAGER: &str = "org.freedesktop.login1.Manager";
    const SESSION: &str = "org.freedesktop.login1.Session";
    const TIMEOUT: Duration = Duration::from_secs(5);

    type Handler = Arc<dyn Fn(SystemEvent) + Send + Sync>;

    /// Ask logind to wait for us before sleeping. The returned descriptor is the lock: closing
    /// it lets the sleep go on.
    fn delay_sleep(conn: &Connection) -> Option<OwnedFd> {
        let proxy = conn.with_proxy(LOGIN1, MANAGER_PATH, TIMEOUT);
        let reply: Result<(OwnedFd,), dbus::Error> = proxy.method_call(
            MANAGER,
            "Inhibit",
            (
                "sleep",
                "Harbour",
                "Lock the vault before sleeping",
                "delay",
            ),
        );
        reply.ok().map(|(fd,)| fd)
    }

    pub(super) fn listen(on_event: Handler) -> Result<(), dbus::Error> {
        listen_on(Connection::new_system()?, on_event)
    }

    /// Listen on `conn` (the system bus; a private bus in tests) until it fails.
    pub(super) fn listen_on(conn: Connection, on_event: Handler) -> Result<(), dbus::Error> {
        let inhibitor: Arc<Mutex<Option<OwnedFd>>> = Arc::new(Mutex::new(delay_sleep(&conn)));

        let handler = on_event.clone();
        let held = inhibitor.clone();
        conn.add_match(
            MatchRule::new_signal(MANAGER, "PrepareForSleep"),
            move |(going_to_sleep,): (bool,), conn: &Connection, _| {
                handler(SystemEvent::Suspend);
                if let Ok(mut fd) = held.lock() {
                    // Going to sleep: the key is gone, let logind go on. Woken: ask again.
                    *fd = if going_to_sleep {
                        None
                    } else {
                        delay_sleep(conn)
                    };
                }
                true
            },
        )?;

        // This process's own session; without one (a service, a container) only sleep counts.
        let proxy = conn.with_proxy(LOGIN1, MANAGER_PATH, TIMEOUT);
        let session: Result<(dbus::Path<'static>,), dbus::Error> =
            proxy.method_call(MANAGER, "GetSessionByPID", (std::process::id(),));
        if let Ok((path,)) = session {
            let handler = on_event.clone();
            conn.add_match(
                MatchRule::new_signal(SESSION, "Lock").with_path(path.clone()),
                move |(): (), _: &Connection, _| {
                    handler(SystemEvent::ScreenLocked);
                    true
                },
            )?;
            let handler = on_event;
            conn.add_match(
                MatchRule::new_signal("org.freedesktop.DBus.Properties", "PropertiesChanged")
                    .with_path(path),
                move |(interface, changed): (String, PropMap), _: &Connection, _| {
                    if interface == SESSION && locked_hint(&changed) {
                        handler(SystemEvent::ScreenLocked);
                    }
                    true
                },
            )?;
        }
        loop {
            conn.process(Duration::from_secs(3600))?;
        }
    }

    /// Whether a session's changed properties say its screen is now locked.
    fn locked_hint(changed: &PropMap) -> bool {
        changed
            .get("LockedHint")
            .and_then(|v| v.0.as_i64())
            .is_some_and(|b| b != 0)
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use dbus::arg::Variant;

        #[test]
        fn locked_hint_true_means_locked_and_anything_else_does_not() {
            let mut m = PropMap::new();
            assert!(!locked_hint(&m));
            m.insert("LockedHint".into(), Variant(Box::new(false)));
            assert!(!locked_hint(&m));
            m.insert("LockedHint".into(), Variant(Box::new(true)));
            assert!(locked_hint(&m));
        }

        /// CI has no system bus: the listener must return an error, not panic or hang.
        #[test]
        fn without_a_system_bus_the_listener_gives_up_quietly() {
            if std::env::var_os("DBUS_SYSTEM_BUS_ADDRESS").is_some()
                || std::path::Path::new("/run/dbus/system_bus_socket").exists()
            {
                return; // A real bus: this test is about machines without one.
            }
            let calls = Arc::new(Mutex::new(0));
            let seen = calls.clone();
            let r = listen(Arc::new(move |_| {
                if let Ok(mut n) = seen.lock() {
                    *n += 1;
                }
            }));
            assert!(r.is_err());
            assert_eq!(calls.lock().map(|n| *n).unwrap_or(1), 0);
        }

        /// A simulated suspend, end to end: a private bus, logind's PrepareForSleep signal sent
        /// on it by `dbus-send`, and the listener turning it into `SystemEvent::Suspend`.
        #[test]
        fn a_prepare_for_sleep_signal_on_the_bus_reaches_the_handler() {
            use std::io::BufRead;
            let dir = tempfile::tempdir().expect("tmp");
            let socket = dir.path().join("bus");
            let daemon = std::process::Command::new("dbus-daemon")
                .args(["--session", "--nofork", "--print-address=1"])
                .arg(format!("--address=unix:path={}", socket.display()))
                .stdout(std::process::Stdio::piped())
                .spawn();
            let Ok(mut daemon) = daemon else {
                eprintln!("no dbus-daemon here: skipped");
                return;
            };
            let mut address = String::new();
            if let Some(out) = daemon.stdout.take() {
                let _ = std::io::BufReader::new(out).read_line(&mut address);
            }
            let address = address.trim().to_string();
            let channel = dbus::channel::Channel::open_private(&address).expect("connect");
            let mut channel = channel;
            channel.register().expect("hello");
            let (tx, rx) = std::sync::mpsc::channel();
            let tx = Mutex::new(tx);
            std::thread::spawn(move || {
                let _ = listen_on(
                    Connection::from(channel),
                    Arc::new(move |e| {
                        if let Ok(tx) = tx.lock() {
                            let _ = tx.send(e);
                        }
                    }),
                );
            });
            // The listener subscribes on its own thread: send until it hears one.
            let mut got = None;
            for _ in 0..50 {
                let _ = std::process::Command::new("dbus-send")
                    .arg(format!("--bus={address}"))
                    .args([
                        "--type=signal",
                        MANAGER_PATH,
                        "org.freedesktop.login1.Manager.PrepareForSleep",
                        "boolean:true",
                    ])
                    .status();
                if let Ok(e) = rx.recv_timeout(Duration::from_millis(200)) {
                    got = Some(e);
                    break;
                }
            }
            let _ = daemon.kill();
            let _ = daemon.wait();
            assert_eq!(got, Some(SystemEvent::Suspend));
        }
    }
}
