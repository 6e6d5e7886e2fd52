-- The employee's e-mail address as the registry holds it (SIASN keeps one per employee): where Netra sends the
-- personal link and the one-time code of an integrity pact. Null where the registry has none; such employees get
-- their link on the list their PPK distributes, or sign on paper.
alter table employee add column email varchar(320);
