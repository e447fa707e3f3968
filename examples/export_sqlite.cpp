// A training export from a real SQLite database: a messages table that was never stamped with
// consent states and the log of every user's settings changes. The export reads both back,
// backfills each message's state from the settings in force when it was captured (history.hpp),
// stores the wire code in messages.consent_code, copies only what try_for_training grants into
// training_export, and writes one audit line a message (docs/audit.md). The database then answers
// the same question in SQL with the consent extension (sql/sqlite): the two routes must agree.
//
//   export_sqlite DATABASE AUDIT_LOG [users] [messages per user]   (default 2000 users, 50 each)
#include <consent/consent.hpp>
#include <consent/history.hpp>

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "synthetic_history.hpp"

namespace {

using seconds_point = std::chrono::time_point<std::chrono::system_clock, std::chrono::seconds>;

// A failed SQLite call ends the export: nothing half-written is reported as done.
struct database {
  sqlite3* db = nullptr;
  ~database() { sqlite3_close(db); }

  void check(int rc, const char* what) const {
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW) return;
    std::cerr << "export_sqlite: " << what << ": " << sqlite3_errmsg(db) << '\n';
    std::exit(1);
  }
  void run(const char* sql) const { check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), sql); }
};

struct statement {
  sqlite3_stmt* stmt = nullptr;
  statement(const database& d, const char* sql) {
    d.check(sqlite3_prepare_v2(d.db, sql, -1, &stmt, nullptr), sql);
  }
  ~statement() { sqlite3_finalize(stmt); }
  statement(const statement&) = delete;
  statement& operator=(const statement&) = delete;
  std::string_view text(int column) const {
    const auto* chars = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
    return chars == nullptr
               ? std::string_view()
               : std::string_view(chars,
                                  static_cast<std::size_t>(sqlite3_column_bytes(stmt, column)));
  }
};

std::size_t argument(int argc, char** argv, int index, std::size_t fallback) {
  if (argc <= index) return fallback;
  const long value = std::strtol(argv[index], nullptr, 10);
  return value > 0 ? static_cast<std::size_t>(value) : fallback;
}

// The product's tables, filled with made-up users (tools/synthetic_history.hpp). Settings are
// stored by name, as a product stores them; times as Unix seconds.
void create_tables(const database& d, std::size_t users, std::size_t per_user) {
  const synthetic::table t = synthetic::generate(users, per_user);
  d.run(
      "DROP TABLE IF EXISTS messages; DROP TABLE IF EXISTS settings_changes;"
      "DROP TABLE IF EXISTS training_export;"
      "CREATE TABLE messages(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL,"
      "  captured_at INTEGER NOT NULL, chat TEXT NOT NULL, body TEXT NOT NULL,"
      "  consent_code INTEGER);"
      "CREATE TABLE settings_changes(user_id INTEGER NOT NULL, at INTEGER NOT NULL,"
      "  tier TEXT NOT NULL, improve_model TEXT NOT NULL);"
      "CREATE TABLE training_export(message_id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
      "BEGIN");
  const auto seconds = [](synthetic::time_point at) {
    return std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count();
  };
  statement change(d, "INSERT INTO settings_changes VALUES (?, ?, ?, ?)");
  for (const auto& c : t.log) {
    sqlite3_bind_int64(change.stmt, 1, static_cast<sqlite3_int64>(c.user));
    sqlite3_bind_int64(change.stmt, 2, seconds(c.change.at));
    sqlite3_bind_text(change.stmt, 3, consent::to_string(c.change.account).data(), -1,
                      SQLITE_STATIC);
    sqlite3_bind_text(change.stmt, 4, consent::to_string(c.change.improve_model).data(), -1,
                      SQLITE_STATIC);
    d.check(sqlite3_step(change.stmt), "inserting a settings change");
    sqlite3_reset(change.stmt);
  }
  statement message(d,
                    "INSERT INTO messages(user_id, captured_at, chat, body) VALUES (?, ?, ?, ?)");
  for (std::size_t row = 0; row < t.user.size(); ++row) {
    const std::string body = "message " + std::to_string(row);
    sqlite3_bind_int64(message.stmt, 1, static_cast<sqlite3_int64>(t.user[row]));
    sqlite3_bind_int64(message.stmt, 2, seconds(t.captured_at[row]));
    sqlite3_bind_text(message.stmt, 3, consent::to_string(t.chat[row]).data(), -1, SQLITE_STATIC);
    sqlite3_bind_text(message.stmt, 4, body.c_str(), -1, SQLITE_TRANSIENT);
    d.check(sqlite3_step(message.stmt), "inserting a message");
    sqlite3_reset(message.stmt);
  }
  d.run("COMMIT");
}

}  // namespace

int main(int argc, char** argv) {
  using namespace consent;
  if (argc < 3) {
    std::cerr << "usage: export_sqlite DATABASE AUDIT_LOG [users] [messages per user]\n";
    return 2;
  }
  database d;
  d.check(sqlite3_open(argv[1], &d.db), argv[1]);
  create_tables(d, argument(argc, argv, 3, 2000), argument(argc, argv, 4, 50));

  // The settings log, sorted by (user, at). A name the SDK does not know is a broken history for
  // that user (check_history says where), never a guess.
  std::vector<user_setting_change<std::int64_t, std::chrono::seconds>> log;
  {
    statement read(d,
                   "SELECT user_id, at, tier, improve_model FROM settings_changes "
                   "ORDER BY user_id, at");
    while (sqlite3_step(read.stmt) == SQLITE_ROW) {
      const auto account = parse<tier>(read.text(2));
      const auto improve = parse<toggle>(read.text(3));
      log.push_back({sqlite3_column_int64(read.stmt, 0),
                     {seconds_point(std::chrono::seconds(sqlite3_column_int64(read.stmt, 1))),
                      account ? *account : static_cast<tier>(255),
                      improve ? *improve : static_cast<toggle>(255)}});
    }
  }

  // The messages, sorted by (user, captured_at), as columns; backfill codes them in one pass.
  std::vector<std::int64_t> ids, users;
  std::vector<seconds_point> captured_at;
  std::vector<mode> chat;
  {
    statement read(d,
                   "SELECT id, user_id, captured_at, chat FROM messages "
                   "ORDER BY user_id, captured_at");
    while (sqlite3_step(read.stmt) == SQLITE_ROW) {
      ids.push_back(sqlite3_column_int64(read.stmt, 0));
      users.push_back(sqlite3_column_int64(read.stmt, 1));
      captured_at.emplace_back(std::chrono::seconds(sqlite3_column_int64(read.stmt, 2)));
      const auto m = parse<mode>(read.text(3));
      chat.push_back(m ? *m : static_cast<mode>(255));  // not a mode: no state
    }
  }
  std::vector<std::uint8_t> codes(ids.size());
  const backfill_report report = backfill(users, captured_at, chat, log, codes);

  // Stamp the codes, and export through the gate: only a trainable<> reaches training_export, and
  // every message, trained on or not, gets its audit line.
  std::ofstream audit(argv[2]);
  std::size_t exported = 0;
  d.run("BEGIN");
  {
    statement stamp(d, "UPDATE messages SET consent_code = ? WHERE id = ?");
    statement copy(d, "INSERT INTO training_export SELECT id, body FROM messages WHERE id = ?");
    for (std::size_t row = 0; row < ids.size(); ++row) {
      sqlite3_bind_int(stamp.stmt, 1, codes[row]);
      sqlite3_bind_int64(stamp.stmt, 2, ids[row]);
      d.check(sqlite3_step(stamp.stmt), "stamping a message");
      sqlite3_reset(stamp.stmt);

      const auto decoded = decode(codes[row]);
      const auto granted = try_for_training(ids[row], decoded ? *decoded : snapshot{});
      if (granted) {
        sqlite3_bind_int64(copy.stmt, 1, **granted);
        d.check(sqlite3_step(copy.stmt), "exporting a message");
        sqlite3_reset(copy.stmt);
        audit << "message=" << ids[row] << ' ' << audit_line(*granted).view() << '\n';
        ++exported;
      } else {
        audit << "message=" << ids[row] << ' ' << audit_line(granted.error()).view() << '\n';
      }
    }
  }
  d.run("COMMIT");
  if (!audit.flush()) {
    std::cerr << "export_sqlite: could not write the audit log " << argv[2] << '\n';
    return 1;
  }

  std::cout << report.rows << " messages, " << log.size() << " settings changes; " << report.states
            << " with a state, " << report.no_settings
            << " captured before the user's settings are known\n"
            << "exported for training: " << exported
            << " (training_export); audit lines: " << ids.size() << " (" << argv[2] << ")\n";
  return std::cout.flush() && report.rows == ids.size() ? 0 : 1;
}
