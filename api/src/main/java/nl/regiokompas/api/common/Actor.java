package nl.regiokompas.api.common;

/** Who did something: the signed-in user, the gemeente they act for (null for regional roles) and their role. */
public record Actor(String userId, String name, String gemeente, Role role) {
}
