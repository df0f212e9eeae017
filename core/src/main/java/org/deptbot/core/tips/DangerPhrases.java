package org.deptbot.core.tips;

import java.util.List;

/**
 * The phrases {@link DangerReader} looks for, in English and Spanish, on text already lower-cased
 * and stripped of accents ("está" is "esta", "apuñalaron" is "apunalaron"). Each is a regular
 * expression matched on word boundaries.
 */
final class DangerPhrases {

  /** Someone, anyone: the person danger is happening to. */
  private static final String PERSON =
      "(me|him|her|them|us|you|people|someone|somebody|everyone|kids|"
          + "(my|his|her|their|our|your) (?!(car|truck|van|bike|house|window|door|mailbox|fence"
          + "|phone|record|head on)\\b)\\w+|"
          + "(an?|the|this|that|one|some) (\\w+ )?(man|woman|guy|girl|kid|child|boy|lady|person"
          + "|baby|teen|teenager|student|clerk|driver|cashier|cop|officer|neighbor|homeless))";

  private static final String WEAPON =
      "(guns?|knife|knives|rifle|pistol|handgun|shotgun|firearm|weapon|machete)";

  /** Someone at risk of harming themselves: 988 as well as 911. */
  static final List<String> SELF_HARM =
      List.of(
          "suicid\\w*",
          "(kill|killing|hurt|hurting|harm|harming|cut|cutting) (myself|himself|herself"
              + "|themselves|themself)",
          "(end|ending|take|taking) (my|his|her|their) (own )?life",
          "(want|wanna|wants|going|gonna|ready) (to )?die",
          "(don't|dont|do not|doesn't|doesnt) (want to|wanna) (live|be alive|be here)",
          "(no reason|nothing) to live for",
          "(end|ending) it all",
          "(took|swallowed|taken|take) (a whole|all|all the|all my|all of|the whole|a bottle|a bunch"
              + "|too many|a handful)\\b.{0,25}(pills|tablets|meds|medicine|medication)",
          "(will|going to|gonna|wants to|threatening to|about to|trying to) jump( off| from|$)",
          "me (quiero|voy a|vas a) (matar|morir|suicidar|cortar)",
          "se (quiere|va a|iba a) (matar|morir|suicidar|quitar la vida|cortar)",
          "(matarme|suicidarme|morirme|quitarme la vida|quitarse la vida|matarse|cortarme)",
          "(no|ya no) (quiero|quiere) (vivir|seguir viviendo|estar aqui)",
          "(me|se) (tome|tomo|trague|trago) (todas|todo|un frasco|muchas|un monton)\\b.{0,20}"
              + "(pastillas|pildoras|medicinas)",
          "(me|se) (esta|estoy) cortando(?! (el|la|los|las) )");

  /** Danger happening now, whatever else the text says. */
  static final List<String> NOW =
      List.of(
          "happening (right )?now",
          "in progress",
          "going on (right )?now",
          "emergency",
          "emergencia",
          "911",
          // injured, collapsed, not breathing
          "(someone|somebody|people|person|he|she|they|i|we|my \\w+|man|woman|kid|child|driver"
              + "|rider|everyone)( is| are| am| was| were| got| has been| have been|'s|'s been"
              + "|'re|'ve been|'m)( badly| seriously| really| still)? (hurt|injured|dying"
              + "|unconscious|trapped|pinned|bleeding|choking|drowning)",
          "(injured|wounded|hurt) (people|person|man|woman|kid|child|driver)",
          "(there are|there's|there is) (\\w+ )?(injured|wounded|hurt)",
          "bleeding",
          "unconscious",
          "trapped",
          "(not|isn't|is not|aren't|won't|wont|can't|cant) (breathing|moving|responding|wake up"
              + "|waking up)",
          "(can't|cannot|can not|cant|couldn't) breathe",
          "passed out",
          "turning blue",
          "collapsed",
          "seizure",
          "overdos(e|ed|ing)",
          "heart attack",
          "stroke",
          "drowning",
          "choking",
          "(lying|laying) (on|in) the (ground|road|street|floor)",
          "(he|she|they|man|woman|guy|kid|lady|person)( is|'s| are|'re)( still)? on the (ground"
              + "|floor)",
          // violence now
          "(beating|hitting|punching|kicking|choking|strangling|attacking|stabbing|hurting"
              + "|jumping|assaulting|raping|kidnapping|dragging|robbing|threatening) "
              + PERSON,
          "(shooting|firing) at",
          "(is|are|'s|'re) (shooting|fighting)",
          "threatening to (kill|hurt|shoot|stab)",
          "(going to|gonna|will|wants to|trying to|about to|is going to) (kill|shoot|stab|hurt)"
              + " "
              + PERSON,
          "(pointing|waving|pulled|pulling|holding) an? " + WEAPON + " (at|on) ",
          "being (attacked|followed|chased|beaten|hit|threatened|kidnapped|robbed|stalked"
              + "|shot at)",
          "(breaking|break) in(to)?",
          "trying to (get|break|come) in",
          "(someone|somebody|a man|a stranger|people|there's someone|there is someone)('s| is| are)?"
              + " (in|inside) (my|our|the) (house|home|apartment|room|garage)",
          "(i'm|im|i am|we're|we are) hiding",
          "help me",
          "help us",
          "send (someone|somebody|help|police|the police|an ambulance|a cop)",
          "(won't|wont|will not|doesn't|doesnt) let (me|us) (leave|go|out)",
          "kidnapp(ed|ing)",
          "abduct(ed|ing)",
          "hostage",
          "(pushed|dragged|forced|threw|put) (her|him|them|an? \\w+|the \\w+) in(to)? (a|the|his"
              + "|their) (car|van|truck|trunk)",
          // weapons now
          "shots?( were| being)? fired",
          "gunshots?",
          "gunfire",
          "(active )?shooter",
          "(man|guy|someone|somebody|person|woman|he|she|they)( with| has| has got| got| is"
              + " holding| holding| swinging)? an? "
              + "("
              + WEAPON
              + "|bat|baseball bat)",
          // fire now
          "on fire",
          "(is|are|'s|'re) burning",
          "flames",
          "smoke (coming|pouring|everywhere|is)",
          "smell(s|ing)? (\\w+ )?gas",
          "gas leak",
          "explosion",
          "exploded",
          "bomb",
          // Spanish
          "(esta|estan|estoy|sigue|siguen) (\\w+ )?(pegando|golpeando|ahorcando|estrangulando"
              + "|lastimando|amenazando|apunalando|atacando|violando|maltratando|disparando"
              + "|asaltando|secuestrando|peleando)",
          "(me|nos|la|lo|te) (esta|estan) siguiendo",
          "(me|te|lo|la|le|los|las|nos) (va|van) a (matar|disparar|apunalar|golpear|lastimar)",
          "amenaza\\w* con (un |una )?(cuchillo|pistola|arma|machete|navaja)",
          "no (me|nos|la|lo) deja(n)? (salir|ir)",
          "(se esta|se estan|esta|estan) (metiendo|entrando) (a|en) (mi|la|su|nuestra) casa",
          "tratando de (entrar|meterse|abrir)",
          "(estoy|estamos) escondid[oa]s?",
          "(me|nos) (estoy|estamos) escondiendo",
          "secuestr\\w*",
          "(robando|llevando|llevaron) a (un|una|mi) (nino|nina|bebe|muchach[oa]|hij[oa])",
          "(lo|la|los) (subieron|metieron|subio|metio) (a|en) (una|un|la|el) (camioneta|carro"
              + "|coche|van|auto)",
          "auxilio",
          "ayud(a|e)nme",
          "ayudame",
          "sangr(ando|a mucho)",
          "herid[oa]s?",
          "lesionad[oa]s?",
          "atrapad[oa]s?",
          "inconsciente",
          "no (respira|responde|reacciona|despierta|se mueve)",
          "desmay\\w*",
          "convulsi\\w*",
          "sobredosis",
          "infarto",
          "ahogando",
          "atragantad[oa]",
          "disparos",
          "balazos",
          "balacera",
          "tiroteo",
          "(se esta|se estan|esta|estan) (quemando|incendiando)",
          "(sale|saliendo) (mucho )?humo",
          "huele (\\w+ )?a gas",
          "(olor|fuga) (a|de) gas",
          "explosion",
          "exploto");

  /**
   * Danger words that may be about the past ("the stabbing last month", "hit and run last week"):
   * they count unless the text says when, and that was before today.
   */
  static final List<String> UNLESS_PAST =
      List.of(
          WEAPON,
          "fire",
          "burning",
          "smoke",
          "shooting",
          "stabbing",
          "stabbed",
          "(got|was|were|been|just) shot",
          "(hit|punched|kicked|choked|stabbed|shot|attacked|raped|beat|beat up|strangled|grabbed"
              + "|hurt|struck) "
              + PERSON,
          "(hit|struck|run over|ran over) by an? (\\w+ )?(car|truck|van|bus|vehicle|suv|driver)",
          "(car|truck|van|bus|driver|vehicle|suv|motorcycle) (just )?(hit|struck|ran over|run over)"
              + " "
              + PERSON,
          "(broke|broken) in(to)?",
          "break-in",
          "intruder",
          "(crash|wreck|accident|collision)",
          "flipped( over)?",
          "(pistola|cuchillo|arma|machete|navaja|escopeta)",
          "(me|le|la|lo|nos|les) (golpeo|pego|apunalo|disparo|ataco|violo|ahorco|golpearon"
              + "|pegaron|dispararon|apunalaron|atacaron)(?! a (mi|su|el|un|una) (carro|coche"
              + "|auto|camioneta|casa))",
          "apunal\\w*",
          "acuchill\\w*",
          "balea\\w*",
          "atropell\\w*",
          "(choque|accidente|volco|volcadura)",
          "(incendi\\w*|fuego|humo)");

  /** Words that say the events are over; they quiet {@link #UNLESS_PAST}. */
  static final String PAST =
      "(last (week|weekend|month|year|night|summer|winter|spring|fall|time|monday|tuesday"
          + "|wednesday|thursday|friday|saturday|sunday)|yesterday|ago|years back"
          + "|(la|el) (semana|mes|ano|fin de semana|lunes|martes|miercoles|jueves|viernes|sabado"
          + "|domingo|verano|invierno) pasad[oa]|ayer|anoche|hace (\\w+ )?(dias|semanas|meses|anos))";

  /**
   * Things taken out before matching: everyday names that contain a danger word (a fire hydrant, a
   * shooting range) and words that deny danger ("not an emergency", "nobody was hurt").
   */
  static final String HARMLESS =
      "(fire (hydrants?|stations?|escapes?|drills?|trucks?|department|dept|marshal|chief)"
          + "|bocas? de incendios?|estacion de bomberos"
          + "|shooting range|gun (store|shop|show|range|club|safe|permit|license)s?"
          + "|(shoot|shot|shooting) (a |the |some )?(videos?|photos?|pictures?|films?|movies?"
          + "|hoops|pool)"
          + "|(not|isn't|is not) an emergency|non-? ?emergency|no es (una )?emergencia"
          + "|(nobody|no one|noone|none of us)( was| got| is| were)? (hurt|injured)"
          + "|no (one )?(injuries|injured)"
          + "|nadie (salio |resulto |quedo |esta )?(herido|lastimado)|sin heridos)";

  private DangerPhrases() {}
}
