# The application image for docker-compose. Build the jar first: ./mvnw package -DskipTests
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY web-ui/target/regiokompas.jar /app/regiokompas.jar
ENV REGIOKOMPAS_DATA_DIR=/data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/regiokompas.jar"]
